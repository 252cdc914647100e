import { useSearchParams } from 'react-router-dom';
import { planDocModel } from '../../domain/export/planDoc';
import { planPrintModel, type ExportLabels } from '../../domain/export/planRows';
import { useT } from '../../i18n/useT';
import { clock } from '../../store/clock';
import { useCurrentProcess } from '../common/ProcessContext';
import { exportInput } from './planData';
import { PrintPage } from './PrintPage';

/** The handleplan for print / PDF, from the same document model as its Word file. */
export function PlanPrint() {
  const { process } = useCurrentProcess();
  const labels: ExportLabels = useT().plan.export;
  const [search] = useSearchParams();
  const markGaps = search.get('mangler') === '1';
  const m = planPrintModel(exportInput(process, labels, clock.now(), markGaps));
  return <PrintPage model={planDocModel(m)} />;
}
