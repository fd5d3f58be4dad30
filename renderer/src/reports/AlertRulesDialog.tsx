import { useRef, useState } from 'react';
import { alertRulesSchema, DEFAULT_ALERT_RULES, describeRule, type AlertRules } from '../../../shared/reports/alerts';
import { useModalDialog } from '../components/focus';
import { NoticeBar } from '../components/NoticeBar';
import { alertRulesClosed, alertRulesSaved } from '../store/actions/alert-actions';
import { useWaspada } from '../store/store';

/** The alert rules and their parameters, editable; each rule said in words as it will be applied. */
export function AlertRulesDialog() {
  const open = useWaspada((s) => s.dialog === 'alert-rules');
  return open ? <RulesContent /> : null;
}

function NumberField({ label, value, onChange }: { label: string; value: number; onChange(value: number): void }) {
  return (
    <label className="stacked">
      {label}
      <input
        type="number"
        value={Number.isNaN(value) ? '' : value}
        onChange={(e) => onChange(e.target.valueAsNumber)}
      />
    </label>
  );
}

function RulesContent() {
  const dialog = useRef<HTMLDialogElement>(null);
  const stored = useWaspada((s) => s.alerts?.rules ?? DEFAULT_ALERT_RULES);
  const [rules, setRules] = useState<AlertRules>(stored);
  useModalDialog(dialog);
  const checked = alertRulesSchema.safeParse(rules);
  return (
    <dialog ref={dialog} className="rules-dialog" aria-label="Aturan peringatan dini" onClose={alertRulesClosed}>
      <h2>Aturan peringatan dini</h2>
      <div className="form-row">
        <NumberField
          label="Panjang periode (hari)"
          value={rules.windowDays}
          onChange={(windowDays) => setRules({ ...rules, windowDays })}
        />
        <NumberField
          label="Jumlah laporan minimum"
          value={rules.minCount}
          onChange={(minCount) => setRules({ ...rules, minCount })}
        />
        <label className="stacked">
          Menyala bila
          <select
            value={rules.combine}
            onChange={(e) => setRules({ ...rules, combine: e.target.value as AlertRules['combine'] })}
          >
            <option value="any">salah satu aturan terpenuhi</option>
            <option value="all">semua aturan yang berlaku terpenuhi</option>
          </select>
        </label>
      </div>
      <fieldset>
        <legend>
          <label>
            <input
              type="checkbox"
              checked={rules.baseline.enabled}
              onChange={(e) => setRules({ ...rules, baseline: { ...rules.baseline, enabled: e.target.checked } })}
            />{' '}
            Dibanding rata-rata periode sebelumnya
          </label>
        </legend>
        <div className="form-row">
          <NumberField
            label="Jumlah periode pembanding"
            value={rules.baseline.weeks}
            onChange={(weeks) => setRules({ ...rules, baseline: { ...rules.baseline, weeks } })}
          />
          <NumberField
            label="Kenaikan minimum (%)"
            value={rules.baseline.minRisePercent}
            onChange={(minRisePercent) => setRules({ ...rules, baseline: { ...rules.baseline, minRisePercent } })}
          />
        </div>
        {checked.success && <p className="muted small">Menyala bila: {describeRule('baseline', checked.data)}.</p>}
      </fieldset>
      <fieldset>
        <legend>
          <label>
            <input
              type="checkbox"
              checked={rules.lastYear.enabled}
              onChange={(e) => setRules({ ...rules, lastYear: { ...rules.lastYear, enabled: e.target.checked } })}
            />{' '}
            Dibanding periode yang sama setahun lalu (bila datanya ada)
          </label>
        </legend>
        <NumberField
          label="Kenaikan minimum (%)"
          value={rules.lastYear.minRisePercent}
          onChange={(minRisePercent) => setRules({ ...rules, lastYear: { ...rules.lastYear, minRisePercent } })}
        />
        {checked.success && <p className="muted small">Menyala bila: {describeRule('lastYear', checked.data)}.</p>}
      </fieldset>
      {!checked.success && (
        <ul className="field-error">
          {checked.error.issues.map((issue) => (
            <li key={issue.path.join('.')}>{issue.message}</li>
          ))}
        </ul>
      )}
      <NoticeBar host="alert-rules" />
      <footer>
        <button type="button" onClick={() => setRules(DEFAULT_ALERT_RULES)}>
          Kembalikan bawaan
        </button>
        <button type="button" onClick={alertRulesClosed}>
          Batal
        </button>
        <button
          type="button"
          className="primary"
          data-autofocus
          disabled={!checked.success}
          onClick={() => checked.success && void alertRulesSaved(checked.data)}
        >
          Simpan aturan
        </button>
      </footer>
    </dialog>
  );
}
