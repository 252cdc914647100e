import { Link } from 'react-router-dom';
import { useT } from '../../i18n/useT';
import { paths } from '../../paths';
import { useProcessId } from '../common/ProcessContext';
import { AddWishForm } from './AddWishForm';
import { BruttolisteList } from './BruttolisteList';
import { MarkCounting } from './MarkCounting';
import { RemovedWishes } from './RemovedWishes';
import '../common/wishes.css';

/** The bruttoliste: the wishes from every group, merged, counted and selected. */
export function BruttolistePage() {
  const t = useT().wishes.list;
  // The id only: the page's sections subscribe to what they show themselves.
  const processId = useProcessId();
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <p className="page-links">
        <Link to={paths.phase(processId, 'assessment')}>{t.toAssessment}</Link>
        <Link to={paths.bruttolistePrint(processId)}>{t.toPrint}</Link>
      </p>
      <AddWishForm />
      <BruttolisteList />
      <RemovedWishes />
      <MarkCounting />
    </>
  );
}
