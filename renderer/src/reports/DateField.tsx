import { useEffect, useState } from 'react';
import { formatDate } from '../../../shared/format/date';
import { parseDate } from '../../../shared/workbook/values';

/** An ISO date as typed in Indonesia: 2024-11-27 → 27/11/2024. */
function dayFirst(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/**
 * A date typed the way the analyst writes it ("27/11/2024", "27-11-2024", "27 Nov 2024", "2024-11-27"), read with
 * the import's date reader and confirmed in words below; the native date picker is not used because it follows the
 * operating system's locale (often month first). Calls `onDate` with the ISO date, '' when emptied, or the text as
 * typed when it is not a date (so a check names it).
 */
export function DateField({
  id,
  label,
  value,
  onDate,
  invalid,
  describedBy,
  placeholder = 'hh/bb/tttt',
  ariaLabel,
  quietInvalid = false,
}: {
  id?: string;
  /** Names the field when it has no visible label (a table cell). */
  ariaLabel?: string;
  /** Leave the message for text that is no date to the caller (the form shows it as the field's error). */
  quietInvalid?: boolean;
  label?: string;
  value: string;
  onDate(value: string): void;
  invalid?: boolean;
  describedBy?: string;
  placeholder?: string;
}) {
  const [text, setText] = useState(dayFirst(value));
  useEffect(() => {
    setText((current) => {
      const parsed = parseDate(current);
      return parsed.kind === 'date' && parsed.value === value ? current : dayFirst(value);
    });
  }, [value]);
  const parsed = text.trim() ? parseDate(text) : null;
  const hint = parsed?.kind === 'date' ? formatDate(parsed.value) : parsed?.kind === 'invalid' ? parsed.message : null;
  const input = (
    <input
      id={id}
      type="text"
      inputMode="numeric"
      value={text}
      aria-label={ariaLabel}
      placeholder={placeholder}
      aria-invalid={invalid || parsed?.kind === 'invalid' ? true : undefined}
      aria-describedby={describedBy}
      onChange={(event) => {
        setText(event.target.value);
        const next = event.target.value.trim() ? parseDate(event.target.value) : null;
        onDate(next === null ? '' : next.kind === 'date' ? next.value : event.target.value);
      }}
    />
  );
  return (
    <span className="date-field">
      {label ? (
        <label className="stacked">
          {label}
          {input}
        </label>
      ) : (
        input
      )}
      {hint && !(quietInvalid && parsed?.kind !== 'date') && (
        <span className={parsed?.kind === 'date' ? 'muted small' : 'field-error'}>{hint}</span>
      )}
    </span>
  );
}
