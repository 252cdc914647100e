import { format } from 'date-fns';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { downloadFile, fileSlug } from '../../components/download';
import { apvRecordModel } from '../../domain/export/apvRecord';
import { planCsv } from '../../domain/export/csv';
import { planMarkdown } from '../../domain/export/markdown';
import { planDocModel } from '../../domain/export/planDoc';
import { planPrintModel, type ExportLabels } from '../../domain/export/planRows';
import { useT } from '../../i18n/useT';
import { paths } from '../../paths';
import { clock } from '../../store/clock';
import { useCurrentProcess } from '../common/ProcessContext';
import { blockingGapCount, useCompleteness } from './CompletenessPanel';
import { exportInput } from './planData';

type Kind = 'docx' | 'csv' | 'markdown' | 'ics';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The manager's exports; an incomplete plan asks first and then marks its gaps in the file. */
export function ExportPanel() {
  const { process } = useCurrentProcess();
  const t = useT().plan.exports;
  const labels: ExportLabels = useT().plan.export;
  const recordLabels = useT().plan.record;
  const report = useCompleteness();
  const [pending, setPending] = useState<Kind | 'print' | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const slug = `handleplan-${fileSlug(process.name)}`;
  const printPath = paths.planPrint(process.id);

  const run = async (kind: Kind, markGaps: boolean) => {
    const input = exportInput(process, labels, clock.now(), markGaps);
    try {
      if (kind === 'csv') {
        downloadFile(`${slug}.csv`, planCsv(input), 'text/csv;charset=utf-8');
      } else if (kind === 'markdown') {
        downloadFile(`${slug}.md`, planMarkdown(input), 'text/markdown;charset=utf-8');
      } else if (kind === 'docx') {
        // The docx library is loaded only when someone asks for the file.
        const { docModelDocxBlob } = await import('../../domain/export/docModelDocxBlob');
        const model = planDocModel(planPrintModel(input));
        downloadFile(`${slug}.docx`, await docModelDocxBlob(model), DOCX_TYPE);
      } else {
        const { planIcs } = await import('../../domain/export/planIcs');
        const result = planIcs(input);
        if (!result.ok) {
          setMessage({
            error: true,
            text: result.error.kind === 'noDates' ? t.icsNoDates : t.failed,
          });
          return;
        }
        downloadFile(`${slug}.ics`, result.text, 'text/calendar;charset=utf-8');
      }
      setMessage({ error: false, text: t.done(t[kind]) });
    } catch {
      setMessage({ error: true, text: t.failed });
    }
  };
  /** The APV-dokumentation is a record as far as the process has come: no completeness check. */
  const downloadRecord = async () => {
    setMessage(null);
    try {
      const model = apvRecordModel({
        process,
        exportDate: format(clock.now(), 'yyyy-MM-dd'),
        labels: recordLabels,
        plan: labels,
      });
      const { docModelDocxBlob } = await import('../../domain/export/docModelDocxBlob');
      downloadFile(
        `apv-dokumentation-${fileSlug(process.name)}.docx`,
        await docModelDocxBlob(model),
        DOCX_TYPE,
      );
      setMessage({ error: false, text: t.done(t.recordDocx) });
    } catch {
      setMessage({ error: true, text: t.failed });
    }
  };
  const ask = (kind: Kind | 'print') => {
    setMessage(null);
    if (report.complete) {
      if (kind !== 'print') void run(kind, false);
      return true;
    }
    setPending(kind);
    return false;
  };
  const confirm = () => {
    const kind = pending;
    setPending(null);
    if (kind === 'print') window.location.hash = `#${printPath}?mangler=1`;
    else if (kind) void run(kind, true);
  };
  const blocking = blockingGapCount(report);
  return (
    <section className="card" aria-labelledby="plan-exports">
      <h2 id="plan-exports">{t.heading}</h2>
      <p className="field-hint">{t.intro}</p>
      <div className="export-buttons">
        <Link
          className="button"
          to={printPath}
          onClick={(e) => {
            if (!ask('print')) e.preventDefault();
          }}
        >
          {t.print}
        </Link>
        {(['docx', 'csv', 'markdown', 'ics'] as const).map((kind) => (
          <button key={kind} type="button" className="button" onClick={() => ask(kind)}>
            {t[kind]}
          </button>
        ))}
      </div>
      <h3>{t.recordHeading}</h3>
      <p className="field-hint">{t.recordIntro}</p>
      <div className="export-buttons">
        <Link className="button" to={paths.recordPrint(process.id)}>
          {t.recordPrint}
        </Link>
        <button type="button" className="button" onClick={() => void downloadRecord()}>
          {t.recordDocx}
        </button>
      </div>
      <p className={message?.error ? 'field-error' : 'field-hint'} role="status">
        {message?.text ?? ''}
      </p>
      <ConfirmDialog
        open={pending !== null}
        title={t.confirmTitle}
        onCancel={() => setPending(null)}
        actions={[
          { label: useT().common.actions.cancel, onClick: () => setPending(null) },
          { label: t.exportAnyway, tone: 'primary', onClick: confirm },
        ]}
      >
        <p>{t.confirmBody(blocking)}</p>
      </ConfirmDialog>
    </section>
  );
}
