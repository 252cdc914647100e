import { format } from 'date-fns';
import { Link } from 'react-router-dom';
import { apvRecordModel } from '../../domain/export/apvRecord';
import { useT } from '../../i18n/useT';
import { paths } from '../../paths';
import { clock } from '../../store/clock';
import { useCurrentProcess } from '../common/ProcessContext';
import { DocModelPrint } from './DocModelPrint';
import './planPrint.css';

/** The APV-dokumentation for print / PDF, from the same model as the Word file. */
export function RecordPrint() {
  const { process } = useCurrentProcess();
  const t = useT();
  const model = apvRecordModel({
    process,
    exportDate: format(clock.now(), 'yyyy-MM-dd'),
    labels: t.plan.record,
    plan: t.plan.export,
  });
  return (
    <div className="record-print">
      <div className="print-toolbar no-print">
        <Link to={paths.phase(process.id, 'plan')}>{t.plan.print.back}</Link>
        <button type="button" className="button primary" onClick={() => window.print()}>
          {t.plan.print.print}
        </button>
        <p className="field-hint">{t.plan.print.hint}</p>
      </div>
      <DocModelPrint model={model} />
    </div>
  );
}
