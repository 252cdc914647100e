import { parseISO } from 'date-fns';
import { useId, useState } from 'react';
import { absencePercentage, type AbsenceFigures } from '../../domain/absence/absence';
import { compareAbsence, planStartDate } from '../../domain/followup/absenceComparison';
import { isLocalDate } from '../../domain/plan/fields';
import { useFormatDate } from '../../i18n/useFormatDate';
import { useT } from '../../i18n/useT';
import { clock } from '../../store/clock';
import { useCurrentProcess } from '../common/ProcessContext';
import { FieldError } from '../../components/FieldError';

const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);

/** Absence measured after the plan started, against the baseline: a table and a small chart. */
export function AbsenceFollowUp() {
  const { process, record, commit } = useCurrentProcess();
  const t = useT().plan.followup.absence;
  const sep = useT().plan.export.decimalSeparator;
  const removeLabel = useT().common.actions.remove;
  const formatDate = useFormatDate();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [planned, setPlanned] = useState('');
  const [lost, setLost] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ids = { from: useId(), to: useId(), planned: useId(), lost: useId(), err: useId() };
  const baseline = process.absence.baseline;
  const rows = compareAbsence(
    baseline,
    process.followUp.absenceMeasurements,
    planStartDate(process.plan.initiatives, process.plan.approvalDate),
  );
  const day = (d: string) => (isLocalDate(d) ? formatDate(parseISO(d), 'd. MMM yyyy') : '…');
  const period = (f: AbsenceFigures) => `${day(f.from)} – ${day(f.to)}`;
  const pct = (p: number | null) =>
    p === null ? t.unknown : `${p.toFixed(1).replace('.', sep)} %`;
  const signed = (n: number) =>
    `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n).toFixed(1).replace('.', sep)}`;
  const add = () => {
    const figures = { from, to, plannedWorkdays: whole(planned), daysLost: whole(lost) };
    const refused = commit({ type: 'absenceMeasured', id: clock.newId(), figures });
    setError(refused);
    if (refused) return;
    setFrom('');
    setTo('');
    setPlanned('');
    setLost('');
  };
  const month = (d: string) => (isLocalDate(d) ? formatDate(parseISO(d), 'MMM yyyy') : '…');
  // Each bar is labelled with its period, on two short lines under it.
  const bars = [
    { label: t.baselineRow, lines: [t.baselineRow], value: absencePercentage(baseline) },
    ...rows.map((r) => ({
      label: period(r.figures),
      lines: [`${month(r.figures.from)} –`, month(r.figures.to)],
      value: r.percentage,
    })),
  ];
  return (
    <section className="card" aria-labelledby="followup-absence">
      <h2 id="followup-absence">{t.heading}</h2>
      <p className="field-hint">{t.intro}</p>
      <table className="table" data-testid="absence-table">
        <thead>
          <tr>
            <th scope="col">{t.tablePeriod}</th>
            <th scope="col">{t.tablePercent}</th>
            <th scope="col">{t.tableDiff}</th>
            <th scope="col">
              <span className="visually-hidden">{removeLabel}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">
              {t.baselineRow}: {period(baseline)}
            </th>
            <td>{pct(absencePercentage(baseline))}</td>
            <td />
            <td />
          </tr>
          {rows.map((r) => (
            <tr key={r.measurementId}>
              <th scope="row">
                {period(r.figures)}
                {r.startsBeforePlan ? <span className="field-hint"> ({t.beforePlan})</span> : null}
              </th>
              <td>{pct(r.percentage)}</td>
              <td>{r.differencePoints === null ? '' : t.points(signed(r.differencePoints))}</td>
              <td>
                <button
                  type="button"
                  className="button"
                  aria-label={t.remove(period(r.figures))}
                  onClick={() => record({ type: 'absenceMeasurementRemoved', id: r.measurementId })}
                >
                  {removeLabel}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? <p className="empty">{t.empty}</p> : null}
      <AbsenceChart
        bars={bars}
        title={t.chartTitle}
        describe={(list) => t.chartDesc(list)}
        format={pct}
      />
      <div className="inline-form absence-form">
        <div className="field">
          <label htmlFor={ids.from}>{t.from}</label>
          <input id={ids.from} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.to}>{t.to}</label>
          <input id={ids.to} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.planned}>{t.planned}</label>
          <input
            id={ids.planned}
            inputMode="numeric"
            value={planned}
            onChange={(e) => setPlanned(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.lost}>{t.lost}</label>
          <input
            id={ids.lost}
            inputMode="numeric"
            value={lost}
            onChange={(e) => setLost(e.target.value)}
          />
        </div>
        <button type="button" className="button" onClick={add}>
          {t.add}
        </button>
      </div>
      <FieldError id={ids.err} message={error} />
    </section>
  );
}

/** A small bar chart as inline SVG, named and described for screen readers (the table carries the figures). */
function AbsenceChart({
  bars,
  title,
  describe,
  format,
}: {
  bars: { label: string; lines: string[]; value: number | null }[];
  title: string;
  describe: (list: string) => string;
  format: (p: number | null) => string;
}) {
  const titleId = useId();
  const descId = useId();
  const known = bars.filter((b) => b.value !== null);
  if (known.length === 0) return null;
  const max = Math.max(1, ...known.map((b) => b.value ?? 0)) * 1.15;
  const barWidth = 72;
  const gap = 24;
  const height = 160;
  const width = bars.length * (barWidth + gap) + gap;
  return (
    <figure className="absence-chart">
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${width} ${height + 44}`}
        width={Math.min(width, 640)}
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>
          {describe(bars.map((b) => `${b.label}: ${format(b.value)}`).join('; '))}
        </desc>
        <line x1={0} y1={height} x2={width} y2={height} stroke="#333" />
        {bars.map((b, i) => {
          const h = b.value === null ? 0 : (b.value / max) * (height - 20);
          const x = gap + i * (barWidth + gap);
          return (
            <g key={i}>
              <rect
                x={x}
                y={height - h}
                width={barWidth}
                height={h}
                fill={i === 0 ? '#6b7280' : '#2f5597'}
              />
              <text
                x={x + barWidth / 2}
                y={height - h - 4}
                textAnchor="middle"
                fontSize="12"
                fill="#111"
              >
                {format(b.value)}
              </text>
              <text
                x={x + barWidth / 2}
                y={height + 16}
                textAnchor="middle"
                fontSize="11"
                fill="#111"
              >
                {b.lines.map((line, n) => (
                  <tspan key={n} x={x + barWidth / 2} dy={n === 0 ? 0 : 14}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="field-hint">{title}</figcaption>
    </figure>
  );
}
