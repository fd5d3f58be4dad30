import { classify, type Classification } from '../../../shared/classify/classification';
import { histogram } from '../../../shared/classify/histogram';
import { formatNumber } from '../../../shared/format/number';

const WIDTH = 460;
const HEIGHT = 150;
const PAD = { left: 30, right: 10, top: 18, bottom: 22 };

/**
 * The layer's values as a histogram with the class cuts drawn on it, each bar in the colour of its class: how the
 * method splits the distribution is visible before it is saved.
 */
export function Histogram({ values, classification }: { values: number[]; classification: Classification }) {
  const bins = histogram(values, 40);
  if (!bins) return <p className="empty">Lapisan ini tidak punya nilai angka: kelasnya menurut kategori terbitan.</p>;
  const { min, max } = bins;
  const span = max - min || 1;
  const top = Math.max(...bins.bins);
  const x = (v: number) => PAD.left + ((v - min) / span) * (WIDTH - PAD.left - PAD.right);
  const barWidth = (WIDTH - PAD.left - PAD.right) / bins.bins.length;
  const y = (n: number) => HEIGHT - PAD.bottom - (n / top) * (HEIGHT - PAD.top - PAD.bottom);
  return (
    <svg
      className="histogram"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={
        `Histogram ${values.length} nilai dari ${formatNumber(min)} sampai ${formatNumber(max)}, ` +
        `dengan ${classification.breaks.length} batas kelas`
      }
    >
      {bins.bins.map((n, i) => {
        const mid = min + (i + 0.5) * (span / bins.bins.length);
        const cls = classify(mid, classification);
        const color = cls === null ? '#bbbbbb' : (classification.classes[cls]?.color ?? '#bbbbbb');
        return (
          <rect
            key={i}
            x={PAD.left + i * barWidth + 0.5}
            y={y(n)}
            width={Math.max(0, barWidth - 1)}
            height={HEIGHT - PAD.bottom - y(n)}
            fill={color}
            stroke="#666"
            strokeWidth={0.3}
          />
        );
      })}
      <line x1={PAD.left} x2={WIDTH - PAD.right} y1={HEIGHT - PAD.bottom} y2={HEIGHT - PAD.bottom} stroke="#333" />
      <text x={PAD.left} y={HEIGHT - 6} className="axis">
        {formatNumber(min)}
      </text>
      <text x={WIDTH - PAD.right} y={HEIGHT - 6} textAnchor="end" className="axis">
        {formatNumber(max)}
      </text>
      <text x={4} y={PAD.top - 4} className="axis">
        {formatNumber(top)} wilayah
      </text>
      {classification.breaks
        .filter((b) => b.at >= min && b.at <= max)
        .map((b, i) => (
          <g key={`${b.at}-${i}`}>
            <line
              x1={x(b.at)}
              x2={x(b.at)}
              y1={PAD.top - 2}
              y2={HEIGHT - PAD.bottom}
              stroke="#0b4f9c"
              strokeWidth={2}
            />
            <text x={x(b.at)} y={PAD.top - 5} textAnchor="middle" className="cut">
              {formatNumber(b.at)}
            </text>
          </g>
        ))}
    </svg>
  );
}
