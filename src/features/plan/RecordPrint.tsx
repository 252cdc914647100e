import { format } from 'date-fns';
import { apvRecordModel } from '../../domain/export/apvRecord';
import { useT } from '../../i18n/useT';
import { clock } from '../../store/clock';
import { useCurrentProcess } from '../common/ProcessContext';
import { PrintPage } from './PrintPage';

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
  return <PrintPage model={model} />;
}
