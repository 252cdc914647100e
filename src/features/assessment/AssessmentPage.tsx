import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '../../i18n/useT';
import { paths } from '../../paths';
import { PhaseStatusControl } from '../common/PhaseStatusControl';
import { useProcessId } from '../common/ProcessContext';
import { AnalysisAgenda } from './AnalysisAgenda';
import { CleanListConfirm } from './CleanListConfirm';
import { ThemeBoard } from './ThemeBoard';
import { WishAssessments } from './WishAssessments';
import '../common/wishes.css';
import './assessment.css';

/** The assessment meeting: the six analysis points, each wish assessed, themes, parking lot. */
export function AssessmentPage({ parking }: { parking: ReactNode }) {
  const t = useT().wishes.assessment;
  // The id only: the page's sections subscribe to what they show themselves.
  const processId = useProcessId();
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <p className="page-links">
        <Link to={paths.bruttoliste(processId)}>{t.toBruttoliste}</Link>
        <Link to={paths.bruttolistePrint(processId)}>{t.toPrint}</Link>
      </p>
      <AnalysisAgenda />
      <WishAssessments />
      <ThemeBoard />
      {parking}
      <CleanListConfirm />
      <PhaseStatusControl phase="assessment" />
    </>
  );
}
