import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';

/** One choice of a menu button. */
export interface MenuItem {
  label: string;
  /** False while the choice cannot be used (no layer on the map yet). */
  enabled?: boolean;
  onSelect(): void;
}

/**
 * A header menu (the WAI-ARIA menu button): Enter, Space or ↓ opens it on its first item, ↑ on its last; arrows,
 * Home and End move, Enter or Space chooses, Escape closes it back onto its button, Tab or a click elsewhere closes
 * it. A chosen item hands focus to the button first, so the dialog it opens gives focus back there.
 */
export function MenuButton({ label, className, items }: { label: string; className?: string; items: MenuItem[] }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const menuId = useId();

  const itemsShown = () => [...(list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not(:disabled)') ?? [])];
  const focusItem = (index: number) => {
    const shown = itemsShown();
    shown.at(index % shown.length)?.focus();
  };
  // The item to focus once the list is rendered: in the same event, so a quick ↑ then Enter lands on the item.
  const pending = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (!open || pending.current === null) return;
    focusItem(pending.current);
    pending.current = null;
  });
  const openOn = (index: number) => {
    if (open) return focusItem(index);
    pending.current = index;
    setOpen(true);
  };
  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) button.current?.focus();
  };

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openOn(event.key === 'ArrowDown' ? 0 : -1);
    }
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const shown = itemsShown();
    const at = shown.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1 + shown.length, Home: 0, End: -1 };
    if (event.key in moves) focusItem(moves[event.key]!);
    else if (event.key === 'Escape') {
      // The menu is what Escape closes, not the region panel or presentation mode listening on the window.
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') setOpen(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  };

  return (
    <div
      className={`menu-button ${className ?? ''}`}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openOn(0))}
        onKeyDown={onButtonKey}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul ref={list} id={menuId} role="menu" aria-label={label} onKeyDown={onMenuKey}>
          {items.map((item) => (
            <li key={item.label} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                disabled={item.enabled === false}
                onClick={() => {
                  close(true);
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
