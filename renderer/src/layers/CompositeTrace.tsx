import { NORMALISATION_LABEL } from '../../../shared/composite/composite';
import type { CompositeTrace as Trace } from '../../../shared/composite/compute';
import { formatNumber } from '../../../shared/format/number';
import { traceClosed } from '../store/actions/composite-actions';

const num = (v: number | null, digits = 2) => (v === null ? '—' : formatNumber(v, digits));
const pct = (share: number) => `${formatNumber(share * 100, 1)}%`;

/**
 * A composite score traced to its inputs, every number needed to redo it by hand: each indicator's raw value, the
 * range it was normalised over, its normalised value and its share; each sub-dimension and dimension's score and
 * share; the index as their weighted mean.
 */
export function CompositeTrace({ trace }: { trace: Trace }) {
  return (
    <section className="trace" aria-label="Rincian skor komposit">
      <h4>
        Skor {num(trace.score)} — dari mana angka ini
        <button type="button" className="link" onClick={traceClosed}>
          tutup
        </button>
      </h4>
      <p className="muted">
        Normalisasi: {NORMALISATION_LABEL[trace.normalisation]}. Porsi = bobot ÷ jumlah bobot bagian yang bernilai di
        wilayah ini; skor = Σ porsi × nilai.
      </p>
      <table className="trace-table">
        <thead>
          <tr>
            <th scope="col">Bagian</th>
            <th scope="col">Mentah</th>
            <th scope="col">Rentang</th>
            <th scope="col">Nilai</th>
            <th scope="col">Bobot</th>
            <th scope="col">Porsi</th>
          </tr>
        </thead>
        <tbody>
          {trace.dimensions.map((d) => [
            <tr key={d.id} className="trace-dimension">
              <th scope="row">{d.label}</th>
              <td />
              <td />
              <td className="number">{num(d.score)}</td>
              <td className="number">{formatNumber(d.weight)}</td>
              <td className="number">{pct(d.share)}</td>
            </tr>,
            ...d.children.map((s) => [
              <tr key={s.id} className="trace-sub">
                <th scope="row">{s.label}</th>
                <td />
                <td />
                <td className="number">{num(s.score)}</td>
                <td className="number">{formatNumber(s.weight)}</td>
                <td className="number">{pct(s.share)}</td>
              </tr>,
              ...s.children.map((i) => (
                <tr key={i.id} className="trace-indicator">
                  <th scope="row">
                    {i.label}
                    {i.inverted ? ' (dibalik)' : ''}
                  </th>
                  <td className="number">{num(i.raw)}</td>
                  <td className="number">{i.min === null ? '—' : `${num(i.min)}–${num(i.max)}`}</td>
                  <td className="number">{num(i.normalised)}</td>
                  <td className="number">{formatNumber(i.weight)}</td>
                  <td className="number">{pct(i.share)}</td>
                </tr>
              )),
            ]),
          ])}
        </tbody>
      </table>
    </section>
  );
}
