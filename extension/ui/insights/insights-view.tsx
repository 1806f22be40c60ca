import type { ComponentChildren } from 'preact';
import type { AgingBucket } from '../../../shared/denials/insights.ts';
import type { InsightsReply } from './api.ts';
import { BarChart, ColumnChart, type Datum, Donut, StackedBars } from './charts.tsx';
import { agingColors, agingLabels, count, money, month, originLabels, outcomeLabels, palette } from './format.ts';
import { percent } from './geometry.ts';

function Kpi({ id, label, value, note }: { id: string; label: string; value: string; note?: string }) {
  return (
    <div class="kpi" id={id}>
      <dt>{label}</dt>
      <dd>
        <span class="kpi-value">{value}</span>
        {note && <span class="muted"> {note}</span>}
      </dd>
    </div>
  );
}

function Card({ id, title, wide, children }: { id: string; title: string; wide?: boolean; children: ComponentChildren }) {
  return (
    <section class={wide ? 'card wide' : 'card'} id={id} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{title}</h2>
      {children}
    </section>
  );
}

/** Every figure of the insights reply, as charts with their numbers written beside them. */
export function InsightsView({ data }: { data: InsightsReply }) {
  const origins: Datum[] = data.byOrigin
    .filter((o) => o.count > 0)
    .map((o, i) => ({ key: o.key, label: originLabels[o.key] ?? o.key, value: o.count, note: money(o.amount), color: palette[i % palette.length] }));
  const outcomes = (['paid-on-appeal', 'corrected', 'upheld', 'written-off', 'open'] as const).map(
    (k, i): Datum => ({ key: k, label: outcomeLabels[k]!, value: data.appeals[k], color: ['#009E73', '#56B4E9', '#D55E00', '#7f7f7f', '#E69F00'][i] }),
  );
  const aging = data.aging.map(
    (a): Datum => ({ key: a.key, label: agingLabels[a.key as AgingBucket], value: a.count, note: money(a.amount), color: agingColors[a.key as AgingBucket] }),
  );
  const coders = data.accuracy.byCoder.map((c) => ({
    key: c.coder,
    label: c.coder,
    note: `${percent(c.accepted, c.total)} of ${count(c.total)}`,
    parts: [
      { label: 'accepted', value: c.accepted, color: '#009E73' },
      { label: 'edited', value: c.edited, color: '#E69F00' },
      { label: 'rejected', value: c.rejected, color: '#D55E00' },
    ],
  }));
  const overturn = data.appeals.overturnRate;
  return (
    <>
      <dl class="kpis">
        <Kpi id="kpi-count" label="Denials" value={count(data.total.count)} />
        <Kpi id="kpi-amount" label="Amount denied" value={money(data.total.amount)} />
        <Kpi id="kpi-open" label="Open, at stake" value={money(data.atStake.open)} note={`in ${count(data.atStake.openCount)} denials`} />
        <Kpi id="kpi-recovered" label="Recovered" value={money(data.atStake.recovered)} />
        <Kpi id="kpi-written-off" label="Written off" value={money(data.atStake.writtenOff)} />
        <Kpi id="kpi-overturn" label="Appeals won" value={overturn === null ? '–' : `${Math.round(overturn * 100)}%`} note="of decided appeals" />
      </dl>
      <div class="grid">
        <Card id="by-origin" title="Where denials start">
          <Donut id="origin-chart" title="Denials by origin" rows={origins} center={count(data.total.count)} />
        </Card>
        <Card id="aging" title="Open denials against their deadlines">
          <BarChart id="aging-chart" title="Open denials by time left to act" rows={aging} unit="open denials" />
        </Card>
        <Card id="top-carcs" title="Top denial reasons (CARC)">
          <BarChart
            id="carc-chart"
            title="Top claim adjustment reason codes"
            rows={data.topCarcs.map((t) => ({ key: t.key, label: `CARC ${t.key}`, value: t.count, note: money(t.amount) }))}
          />
        </Card>
        <Card id="top-payers" title="Top payers by denials">
          <BarChart
            id="payer-chart"
            title="Payers with the most denials"
            color="#CC79A7"
            rows={data.topPayers.map((t) => ({ key: t.key, label: t.key, value: t.count, note: money(t.amount) }))}
          />
        </Card>
        <Card id="appeals" title="Outcomes">
          <Donut id="outcome-chart" title="Denial outcomes" rows={outcomes} center={overturn === null ? '–' : `${Math.round(overturn * 100)}% won`} />
        </Card>
        <Card id="accuracy" title="Coding accuracy by coder">
          <StackedBars id="accuracy-chart" title="Suggestions accepted as made, edited and rejected per coder" rows={coders} />
          <ul class="legend inline" aria-label="Accuracy legend">
            {[
              ['accepted as made', '#009E73'],
              ['edited', '#E69F00'],
              ['rejected', '#D55E00'],
            ].map(([label, color]) => (
              <li key={label}>
                <span class="swatch" style={{ background: color }} aria-hidden="true" />
                {label}
              </li>
            ))}
          </ul>
          <p class="muted" id="accuracy-overall">
            Overall: {percent(data.accuracy.overall.accepted, data.accuracy.overall.total)} of {count(data.accuracy.overall.total)} suggestions accepted as
            made.
          </p>
        </Card>
        <Card id="by-month" title="Denials by month" wide>
          <ColumnChart
            id="month-chart"
            title="Denials per month"
            rows={data.byMonth.map((m) => ({ key: m.key, label: month(m.key), value: m.count, note: money(m.amount) }))}
          />
        </Card>
      </div>
    </>
  );
}
