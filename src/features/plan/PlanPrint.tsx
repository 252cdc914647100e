import { Link, useSearchParams } from 'react-router-dom';
import { followUpTables, type TextTable } from '../../domain/export/followUpTables';
import { planPrintModel, type ExportLabels } from '../../domain/export/planRows';
import { useT } from '../../i18n/useT';
import { paths } from '../../paths';
import { clock } from '../../store/clock';
import { useCurrentProcess } from '../common/ProcessContext';
import { Lines, SignatureTable } from './DocModelPrint';
import { exportInput } from './planData';
import './planPrint.css';

/** One follow-up table under its heading. */
function FollowUpTable({ table }: { table: TextTable }) {
  return (
    <>
      <h3>{table.heading}</h3>
      <table className="print-table">
        <thead>
          <tr>
            {table.header.map((label) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((text, n) => (
                <td key={n}>
                  <Lines text={text} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The handleplan laid out for print / PDF: A4 landscape, page numbers in the page margin. */
export function PlanPrint() {
  const { process } = useCurrentProcess();
  const t = useT().plan.print;
  const labels: ExportLabels = useT().plan.export;
  const [search] = useSearchParams();
  const markGaps = search.get('mangler') === '1';
  const m = planPrintModel(exportInput(process, labels, clock.now(), markGaps));
  const followUp = followUpTables(m.followUp);
  return (
    <div className="plan-print">
      <div className="print-toolbar no-print">
        <Link to={paths.phase(process.id, 'plan')}>{t.back}</Link>
        <button type="button" className="button primary" onClick={() => window.print()}>
          {t.print}
        </button>
        <p className="field-hint">{t.hint}</p>
      </div>
      <h1>{m.heading}</h1>
      <dl className="print-meta">
        {m.meta.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {m.goals.length > 0 ? (
        <>
          <h2>{m.goalsHeading}</h2>
          <ul>
            {m.goals.map((g, i) => (
              <li key={i}>
                <Lines text={g} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <table className="print-table">
        <thead>
          <tr>
            {m.columns.map((c) => (
              <th key={c.id} scope="col" className={`col-${c.id}`}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {m.rows.map((row, i) => (
            <tr key={i}>
              {m.columns.map((c) => (
                <td key={c.id} className={`col-${c.id}`}>
                  <Lines text={row[c.id]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <section className="print-block">
        <h2>{m.absenceHeading}</h2>
        <dl className="print-meta">
          {m.absence.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>
                <Lines text={value} />
              </dd>
            </div>
          ))}
        </dl>
      </section>
      {m.communication.length > 0 ? (
        <section className="print-block">
          <h2>{m.communicationHeading}</h2>
          <table className="print-table">
            <thead>
              <tr>
                {m.communicationColumns.map((c) => (
                  <th key={c.id} scope="col">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {m.communication.map((row, i) => (
                <tr key={i}>
                  {m.communicationColumns.map((c) => (
                    <td key={c.id}>
                      <Lines text={row[c.id]} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {followUp.length > 0 ? (
        <section className="print-block" aria-labelledby="print-followup">
          <h2 id="print-followup">{m.followUp.heading}</h2>
          {followUp.map((table) => (
            <FollowUpTable key={table.heading} table={table} />
          ))}
        </section>
      ) : null}
      {m.approval.lines.length > 0 ? (
        <section className="print-block" aria-labelledby="print-approval">
          <h2 id="print-approval">{m.approval.heading}</h2>
          <SignatureTable header={m.approval.header} lines={m.approval.lines} />
        </section>
      ) : null}
    </div>
  );
}
