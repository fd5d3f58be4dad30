import { readFileSync, writeFileSync } from 'node:fs';
import { PRIVATE_FILE_MODE } from '../db/file-modes';

/** A rectangle on the screen (Electron's Rectangle). */
export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the window was and whether it filled the screen, remembered between launches. */
export interface WindowState {
  bounds: Bounds | null;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1400, height: 900 } as const;
export const MIN_SIZE = { width: 900, height: 600 } as const;

const isBounds = (value: unknown): value is Bounds =>
  typeof value === 'object' &&
  value !== null &&
  ['x', 'y', 'width', 'height'].every((key) => Number.isFinite((value as Record<string, unknown>)[key]));

/** How much two rectangles overlap, in pixels. */
function overlap(a: Bounds, b: Bounds): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * The state to open the window with: the remembered one when it still shows on one of today's displays (a laptop
 * unplugged from its second monitor must not open the window off-screen), clamped to the minimum size; otherwise the
 * default size, centred by Electron.
 */
export function restoreWindowState(saved: unknown, workAreas: readonly Bounds[]): WindowState {
  const state = saved as Partial<WindowState> | null;
  const maximized = state?.maximized === true;
  if (!state || !isBounds(state.bounds)) return { bounds: null, maximized };
  const bounds = {
    ...state.bounds,
    width: Math.max(MIN_SIZE.width, Math.round(state.bounds.width)),
    height: Math.max(MIN_SIZE.height, Math.round(state.bounds.height)),
  };
  // At least a quarter of the window (and of a 200×100 grab area) must be on some display.
  const visible = workAreas.some(
    (area) => overlap(bounds, area) >= Math.min(20_000, (bounds.width * bounds.height) / 4),
  );
  return visible ? { bounds, maximized } : { bounds: null, maximized };
}

/** The remembered state from its file, or null when there is none or it does not parse. */
export function loadWindowState(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

/** Remembers the window's state (a failure to write is not worth bothering the analyst with). */
export function saveWindowState(file: string, state: WindowState): void {
  try {
    writeFileSync(file, JSON.stringify(state), { mode: PRIVATE_FILE_MODE });
  } catch {
    // The next launch opens at the default size.
  }
}
