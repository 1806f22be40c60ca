import { barLengths, percent, slicePath, slices } from './geometry.ts';

export interface Datum {
  key: string;
  label: string;
  value: number;
  /** A second figure shown beside the value (an amount beside a count). */
  note?: string;
  color?: string;
}

/** Long names are cut to fit beside the bars; the chart's description keeps them whole. */
export const clip = (s: string, max = 18) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Text a screen reader gets for a whole chart: every label with its value. */
const describe = (rows: Datum[], unit: string) =>
  rows.map((r) => `${r.label}: ${r.value.toLocaleString('en-US')} ${unit}${r.note ? ` (${r.note})` : ''}`).join('; ');

/** Horizontal bars with their labels and figures written out: read at a glance, exact on a second look. */
export function BarChart({
  id,
  title,
  rows,
  unit = 'denials',
  color = '#0072B2',
}: {
  id: string;
  title: string;
  rows: Datum[];
  unit?: string;
  color?: string;
}) {
  const rowH = 26,
    labelW = 120,
    barW = 170,
    width = 400;
  const lengths = barLengths(
    rows.map((r) => r.value),
    barW,
  );
  return (
    <svg class="chart" data-chart={id} viewBox={`0 0 ${width} ${Math.max(1, rows.length) * rowH}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{rows.length ? describe(rows, unit) : 'No data for these filters.'}</desc>
      {rows.map((r, i) => (
        <g key={r.key} data-key={r.key} data-value={r.value} transform={`translate(0 ${i * rowH})`}>
          <text x={labelW - 8} y={18} text-anchor="end" class="label">
            {clip(r.label)}
          </text>
          <rect x={labelW} y={5} width={lengths[i]} height={rowH - 10} rx={3} fill={r.color ?? color} />
          <text x={labelW + lengths[i]! + 6} y={18} class="value">
            {r.value.toLocaleString('en-US')}
            {r.note ? ` · ${r.note}` : ''}
          </text>
        </g>
      ))}
      {rows.length === 0 && (
        <text x={8} y={18} class="label">
          No data for these filters
        </text>
      )}
    </svg>
  );
}

/** A donut for parts of a whole, with a legend that carries the numbers (the ring alone never has to). */
export function Donut({ id, title, rows, center, unit = 'denials' }: { id: string; title: string; rows: Datum[]; center: string; unit?: string }) {
  const total = rows.reduce((s, r) => s + r.value, 0);
  const arcs = slices(rows.map((r) => r.value));
  return (
    <div class="donut">
      <svg class="chart" data-chart={id} viewBox="0 0 160 160" role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{total ? describe(rows, unit) : 'No data for these filters.'}</desc>
        {total === 0 && <circle cx={80} cy={80} r={56} fill="none" stroke="#e3e8ee" stroke-width={28} />}
        {rows.map(
          (r, i) =>
            r.value > 0 && (
              <path key={r.key} data-key={r.key} data-value={r.value} d={slicePath(80, 80, 70, 42, arcs[i]!.start, arcs[i]!.end)} fill={r.color} />
            ),
        )}
        <text x={80} y={86} text-anchor="middle" class="center">
          {center}
        </text>
      </svg>
      <ul class="legend" aria-label={`${title}: legend`}>
        {rows.map((r) => (
          <li key={r.key} data-key={r.key}>
            <span class="swatch" style={{ background: r.color }} aria-hidden="true" />
            <span class="legend-label">{r.label}</span>
            <span class="legend-value" data-value={r.value}>
              {r.value.toLocaleString('en-US')}
            </span>
            <span class="muted">
              {' '}
              {percent(r.value, total)}
              {r.note ? ` · ${r.note}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Vertical columns over time (denials per month). */
export function ColumnChart({ id, title, rows, unit = 'denials' }: { id: string; title: string; rows: Datum[]; unit?: string }) {
  const colW = 56,
    plotH = 120,
    width = Math.max(1, rows.length) * colW + 8;
  const heights = barLengths(
    rows.map((r) => r.value),
    plotH,
  );
  return (
    <svg
      class="chart columns"
      data-chart={id}
      viewBox={`0 0 ${width} ${plotH + 44}`}
      style={{ maxWidth: `${width * 1.25}px` }}
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{rows.length ? describe(rows, unit) : 'No data for these filters.'}</desc>
      {rows.map((r, i) => (
        <g key={r.key} data-key={r.key} data-value={r.value} transform={`translate(${4 + i * colW} 0)`}>
          <text x={colW / 2} y={plotH + 14 - heights[i]!} text-anchor="middle" class="value">
            {r.value.toLocaleString('en-US')}
          </text>
          <rect x={6} y={plotH + 18 - heights[i]!} width={colW - 12} height={heights[i]} rx={3} fill={r.color ?? '#0072B2'} />
          <text x={colW / 2} y={plotH + 36} text-anchor="middle" class="label">
            {r.label}
          </text>
        </g>
      ))}
    </svg>
  );
}

export interface Stack {
  key: string;
  label: string;
  parts: { label: string; value: number; color: string }[];
  note: string;
}

/** One bar per person split into parts (accepted, edited, rejected), each part's share written out. */
export function StackedBars({ id, title, rows }: { id: string; title: string; rows: Stack[] }) {
  const rowH = 28,
    labelW = 100,
    barW = 200,
    width = 400;
  return (
    <svg class="chart" data-chart={id} viewBox={`0 0 ${width} ${Math.max(1, rows.length) * rowH}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>
        {rows.length
          ? rows.map((r) => `${r.label}: ${r.parts.map((p) => `${p.value} ${p.label}`).join(', ')}; ${r.note}`).join('. ')
          : 'No decisions for these filters.'}
      </desc>
      {rows.map((r, i) => {
        const total = r.parts.reduce((s, p) => s + p.value, 0);
        let x = labelW;
        return (
          <g key={r.key} data-key={r.key} transform={`translate(0 ${i * rowH})`}>
            <text x={labelW - 8} y={19} text-anchor="end" class="label">
              {clip(r.label, 14)}
            </text>
            {r.parts.map((p) => {
              const w = total ? (p.value / total) * barW : 0;
              const rect = (
                <rect key={p.label} x={x} y={6} width={w} height={rowH - 12} fill={p.color}>
                  <title>{`${p.value} ${p.label}`}</title>
                </rect>
              );
              x += w;
              return rect;
            })}
            <text x={labelW + barW + 8} y={19} class="value">
              {r.note}
            </text>
          </g>
        );
      })}
      {rows.length === 0 && (
        <text x={8} y={19} class="label">
          No decisions for these filters
        </text>
      )}
    </svg>
  );
}
