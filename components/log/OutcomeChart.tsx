/**
 * Prompt outcomes over time as a plain SVG line chart. Each series has its own line pattern and
 * marker shape, a legend entry and a label at the end of its line, so it reads without colour; the
 * same figures are in a table beneath it.
 */
import { useMemo } from 'preact/hooks';
import type { DayBucket } from '../../lib/log/summary';
import {
  CHART_SERIES,
  type ChartData,
  type ChartSeries,
  chartData,
  dayLabel,
  formatCount,
  niceMax,
} from '../../lib/log/view-model';

type Marker = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross';

export const SERIES_STYLE: Record<
  ChartSeries,
  { label: string; color: string; dash: string; marker: Marker }
> = {
  displayed: { label: 'Shown', color: '#4c6272', dash: '2 3', marker: 'cross' },
  accepted: { label: 'Accepted', color: '#007f3b', dash: '', marker: 'circle' },
  overridden: { label: 'Overridden', color: '#b3261e', dash: '8 4', marker: 'square' },
  dismissed: { label: 'Dismissed', color: '#330072', dash: '12 3 2 3', marker: 'triangle' },
  ignored: { label: 'No response', color: '#7c2855', dash: '4 2', marker: 'diamond' },
};

const W = 760;
const H = 300;
const M = { left: 52, right: 112, top: 16, bottom: 44 };

function MarkerShape({ kind, x, y, color }: { kind: Marker; x: number; y: number; color: string }) {
  const s = 4.5;
  switch (kind) {
    case 'circle':
      return <circle cx={x} cy={y} r={s} fill={color} />;
    case 'square':
      return <rect x={x - s} y={y - s} width={2 * s} height={2 * s} fill={color} />;
    case 'triangle':
      return <path d={`M${x} ${y - s - 1}L${x + s + 1} ${y + s}L${x - s - 1} ${y + s}Z`} fill={color} />;
    case 'diamond':
      return (
        <path
          d={`M${x} ${y - s - 1}L${x + s + 1} ${y}L${x} ${y + s + 1}L${x - s - 1} ${y}Z`}
          fill="#fff"
          stroke={color}
          stroke-width={2}
        />
      );
    default:
      return (
        <path
          d={`M${x - s} ${y - s}L${x + s} ${y + s}M${x + s} ${y - s}L${x - s} ${y + s}`}
          stroke={color}
          stroke-width={2.5}
        />
      );
  }
}

function shortLabel(data: ChartData, i: number): string {
  const point = data.points[i]!;
  if (data.unit === 'month') return point.label;
  return dayLabel(point.start).replace(/ \d{4}$/, '');
}

export function OutcomeChart({ days }: { days: DayBucket[] }) {
  const data = useMemo(() => chartData(days), [days]);
  const n = data.points.length;
  if (n === 0) return <p>No events to chart.</p>;
  const max = niceMax(Math.max(1, ...data.points.flatMap((p) => CHART_SERIES.map((s) => p.values[s]))));
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const x = (i: number) => M.left + (n === 1 ? plotW / 2 : (i * plotW) / (n - 1));
  const y = (v: number) => M.top + plotH * (1 - v / max);
  // Whole-number ticks: max is 1, 2 or 5 times a power of ten.
  const step = max <= 4 ? 1 : max % 5 === 0 ? max / 5 : max / 4;
  const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => i * step);
  const labelEvery = Math.max(1, Math.ceil(n / 6));
  const markerEvery = Math.max(1, Math.ceil(n / 40));
  const unitWord = data.unit === 'day' ? 'day' : data.unit === 'week' ? 'week' : 'month';
  const first = data.points[0]!;
  const last = data.points[n - 1]!;

  // End-of-line labels, nudged apart so they never overlap.
  const ends = CHART_SERIES.map((s) => ({ s, y: y(last.values[s]) })).sort((a, b) => a.y - b.y);
  for (let i = 1; i < ends.length; i++) ends[i]!.y = Math.max(ends[i]!.y, ends[i - 1]!.y + 13);
  const overflow = (ends[ends.length - 1]?.y ?? 0) - (H - M.bottom);
  if (overflow > 0) for (const end of ends) end.y -= overflow;

  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby="chart-title chart-desc"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id="chart-title">Prompt outcomes per {unitWord}</title>
        <desc id="chart-desc">
          Lines for prompts shown, accepted, overridden, dismissed and booked without a response, per{' '}
          {unitWord}, from {dayLabel(first.start)} to {dayLabel(last.end)}. The same figures are in the table
          below the chart.
        </desc>
        <g class="axis">
          {ticks.map((t) => (
            <g key={t}>
              <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} stroke="#d8dde0" />
              <text x={M.left - 8} y={y(t) + 4} text-anchor="end">
                {formatCount(t)}
              </text>
            </g>
          ))}
          <line x1={M.left} x2={M.left} y1={M.top} y2={H - M.bottom} stroke="#4c6272" />
          <line x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} stroke="#4c6272" />
          {data.points.map((_, i) =>
            i % labelEvery === 0 || i === n - 1 ? (
              <text key={i} x={x(i)} y={H - M.bottom + 18} text-anchor="middle">
                {shortLabel(data, i)}
              </text>
            ) : null,
          )}
        </g>
        {CHART_SERIES.map((s) => {
          const style = SERIES_STYLE[s];
          const d = data.points
            .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)} ${y(p.values[s]).toFixed(1)}`)
            .join('');
          return (
            <g key={s} class={`series series-${s}`}>
              <path
                d={d}
                fill="none"
                stroke={style.color}
                stroke-width={2}
                stroke-dasharray={style.dash || undefined}
              />
              {data.points.map((p, i) =>
                i % markerEvery === 0 || i === n - 1 ? (
                  <MarkerShape key={i} kind={style.marker} x={x(i)} y={y(p.values[s])} color={style.color} />
                ) : null,
              )}
            </g>
          );
        })}
        <g>
          {ends.map((end) => (
            <text key={end.s} x={W - M.right + 10} y={end.y + 4} class="end-label">
              {SERIES_STYLE[end.s].label}
            </text>
          ))}
        </g>
      </svg>
      <figcaption>
        <ul class="legend">
          {CHART_SERIES.map((s) => {
            const style = SERIES_STYLE[s];
            return (
              <li key={s}>
                <svg width="44" height="16" aria-hidden="true" focusable="false">
                  <line
                    x1="2"
                    x2="42"
                    y1="8"
                    y2="8"
                    stroke={style.color}
                    stroke-width={2}
                    stroke-dasharray={style.dash || undefined}
                  />
                  <MarkerShape kind={style.marker} x={22} y={8} color={style.color} />
                </svg>
                {style.label}
              </li>
            );
          })}
        </ul>
      </figcaption>
      <details class="chart-table">
        <summary>Show the chart's figures as a table</summary>
        {/* biome-ignore lint/a11y/useSemanticElements lint/a11y/noNoninteractiveTabindex: a scrollable table needs a focusable, labelled region so keyboard users can scroll it */}
        <div class="table-scroll" role="region" aria-label="Chart figures" tabIndex={0}>
          <table>
            <caption>Prompt outcomes and bookings per {unitWord}</caption>
            <thead>
              <tr>
                <th scope="col">{unitWord === 'day' ? 'Day' : unitWord === 'week' ? 'Week' : 'Month'}</th>
                {CHART_SERIES.map((s) => (
                  <th scope="col" class="num" key={s}>
                    {SERIES_STYLE[s].label}
                  </th>
                ))}
                <th scope="col" class="num">
                  Bookings
                </th>
              </tr>
            </thead>
            <tbody>
              {data.points.map((p) => (
                <tr key={p.start}>
                  <th scope="row">{p.label}</th>
                  {CHART_SERIES.map((s) => (
                    <td class="num" key={s}>
                      {formatCount(p.values[s])}
                    </td>
                  ))}
                  <td class="num">{formatCount(p.values.booking)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
