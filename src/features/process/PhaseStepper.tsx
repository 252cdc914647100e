import { Link } from 'react-router-dom';
import { PHASE_IDS, currentPhase } from '../../domain/process/phases';
import { readPhases, processPhases } from '../../domain/process/derivedPhases';
import { nextTodo } from '../../domain/process/nextSteps';
import { useT } from '../../i18n/useT';
import { paths } from '../../paths';
import { useCurrentProcess } from '../common/ProcessContext';

/** The six phases in order, each with its status and the next thing to do. */
export function PhaseStepper() {
  const { process } = useCurrentProcess();
  const t = useT().process;
  const readings = readPhases(process);
  const current = currentPhase(processPhases(process));
  return (
    <nav aria-label={t.dashboard.phaseList}>
      <ol className="stepper">
        {PHASE_IDS.map((phase, index) => {
          const { status, overridden } = readings[phase];
          return (
            <li
              key={phase}
              className={`step status-${status}`}
              aria-current={phase === current ? 'step' : undefined}
              data-testid={`phase-${phase}`}
            >
              <span className="step-number" aria-hidden="true">
                {status === 'done' ? '✓' : index + 1}
              </span>
              <div className="step-body">
                <Link to={paths.phase(process.id, phase)} className="step-title">
                  {t.phases[phase]}
                </Link>
                <p className="step-status">
                  {t.statusLabel}: {t.statuses[status]}
                  {overridden ? ` (${t.override.marker})` : ''}
                  {phase === current ? ` · ${t.dashboard.current}` : ''}
                </p>
                <p className="step-summary">{t.phaseSummaries[phase]}</p>
                {phase === current ? (
                  <p className="step-todo">
                    {t.dashboard.next}: {t.todos[nextTodo(process, phase)]}
                  </p>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
