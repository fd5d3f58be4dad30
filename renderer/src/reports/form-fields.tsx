// Form controls of the report form: each with its label, its Bahasa error beside it, and the error read out with it.
import { useId, type ReactNode } from 'react';
import type { ReportFields } from '../../../shared/reports/report';
import { isIsoDate } from '../../../shared/reports/report-dates';
import { parseDate } from '../../../shared/workbook/values';
import { draftEdited } from '../store/actions/report-form-actions';
import { DateField } from './DateField';
import type { ReportDraft } from '../store/report-form';
import { useWaspada } from '../store/store';

type TextField = Exclude<keyof ReportDraft, 'presisi' | 'status'>;

/** The draft's value and error of one field. */
function useField<K extends keyof ReportDraft>(field: K) {
  const value = useWaspada((s) => s.reportForm?.draft[field]) as ReportDraft[K];
  const error = useWaspada((s) => s.reportForm?.errors[field as keyof ReportFields]);
  return { value, error };
}

/** Label, control and error message of one field. */
export function Field({
  label,
  hint,
  error,
  required,
  children,
}: {
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
}) {
  const id = useId();
  const errorId = `${id}-galat`;
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required"> (wajib)</span>}
        {hint && <span className="hint"> {hint}</span>}
      </label>
      {children({ id, describedBy: error ? errorId : undefined })}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** A one-line or multi-line text field bound to the draft. */
export function TextInput({
  field,
  label,
  hint,
  required,
  lines = 1,
  placeholder,
}: {
  field: TextField;
  label: string;
  hint?: string;
  required?: boolean;
  lines?: number;
  placeholder?: string;
}) {
  const { value, error } = useField(field);
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {({ id, describedBy }) =>
        lines > 1 ? (
          <textarea
            id={id}
            rows={lines}
            value={value}
            placeholder={placeholder}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => draftEdited(field, event.target.value)}
          />
        ) : (
          <input
            id={id}
            type="text"
            value={value}
            placeholder={placeholder}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => draftEdited(field, event.target.value)}
          />
        )
      }
    </Field>
  );
}

/** A choice from a list, bound to the draft. */
export function SelectInput<K extends keyof ReportDraft>({
  field,
  label,
  options,
  required,
  placeholder = 'Pilih…',
}: {
  field: K;
  label: string;
  options: readonly { value: string; label: string; disabled?: boolean }[];
  required?: boolean;
  placeholder?: string | null;
}) {
  const { value, error } = useField(field);
  return (
    <Field label={label} error={error} required={required}>
      {({ id, describedBy }) => (
        <select
          id={id}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => draftEdited(field, event.target.value as ReportDraft[K])}
        >
          {placeholder !== null && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value} disabled={o.disabled}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A row of radio buttons (ATHG type, severity), bound to the draft. */
export function RadioRow({
  field,
  legend,
  options,
  required,
}: {
  field: TextField;
  legend: string;
  options: readonly { value: string; label: string; title?: string }[];
  required?: boolean;
}) {
  const { value, error } = useField(field);
  const name = useId();
  return (
    <fieldset
      className={error ? 'field radio-row has-error' : 'field radio-row'}
      aria-invalid={error ? true : undefined}
    >
      <legend>
        {legend}
        {required && <span className="required"> (wajib)</span>}
      </legend>
      {options.map((o) => (
        <label key={o.value} title={o.title}>
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => draftEdited(field, o.value)}
          />{' '}
          {o.label}
        </label>
      ))}
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}

/** The report's date, typed as the analyst writes dates and confirmed in words. */
export function DateInput({ label, required }: { label: string; required?: boolean }) {
  const { value, error } = useField('tanggal');
  // Text that is no date says why in the reader's words ("tidak ada di kalender"), not the schema's format rule.
  const unread = value && !isIsoDate(value) ? parseDate(value) : null;
  const message = error && unread?.kind === 'invalid' ? unread.message : error;
  return (
    <Field label={label} error={message} required={required}>
      {({ id, describedBy }) => (
        <DateField
          id={id}
          value={value}
          invalid={!!message}
          describedBy={describedBy}
          quietInvalid
          onDate={(v) => draftEdited('tanggal', v)}
        />
      )}
    </Field>
  );
}
