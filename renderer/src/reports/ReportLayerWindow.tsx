import { useEffect, useState } from 'react';
import { formatDateRange } from '../../../shared/format/date';
import { layerWindowNeeded, layerWindowSet } from '../store/actions/report-layer-actions';
import { useWaspada } from '../store/store';
import { DateField } from './DateField';

/** Under a report layer's legend: the window it counts over (days, up to a date or the newest report). */
export function ReportLayerWindow() {
  const window = useWaspada((s) => s.layerWindow);
  const [days, setDays] = useState(window?.days ?? 28);
  const [until, setUntil] = useState(window?.until ?? '');
  useEffect(() => void layerWindowNeeded(), []);
  useEffect(() => {
    if (!window) return;
    setDays(window.days);
    setUntil(window.until ?? '');
  }, [window]);
  return (
    <form
      className="layer-window"
      onSubmit={(event) => {
        event.preventDefault();
        if (Number.isInteger(days) && days >= 1 && (until === '' || /^\d{4}-\d{2}-\d{2}$/.test(until))) {
          void layerWindowSet({ days, until: until || null });
        }
      }}
    >
      <p className="muted small">
        Dihitung per kab/kota dari register laporan
        {window ? `, ${formatDateRange(window.from, window.to)}` : ''}; berubah begitu laporan berubah.
      </p>
      <div className="form-row">
        <label className="stacked">
          Jendela (hari)
          <input type="number" min={1} value={days} onChange={(e) => setDays(e.target.valueAsNumber)} />
        </label>
        <DateField
          label="Sampai"
          value={until}
          onDate={setUntil}
          describedBy="until-hint"
          placeholder="laporan terbaru"
        />
        <button type="submit">Terapkan</button>
      </div>
      <p id="until-hint" className="muted small">
        Kosongkan “Sampai” untuk menghitung sampai laporan terbaru.
      </p>
    </form>
  );
}
