import { Fragment } from 'react';
import { Link, NavLink, Outlet, useParams } from 'react-router-dom';
import { PHASE_IDS } from '../domain/process/phases';
import { ProcessIdProvider } from '../features/common/ProcessContext';
import { useT } from '../i18n/useT';
import { paths } from '../paths';
import { useAppStore } from '../store/store';

/** Layout for one process: finds it (or says it is gone) and offers the phase navigation. */
export function Component() {
  const { processId = '' } = useParams();
  const t = useT();
  // Only the name: this layout must not re-render (and re-build its links) on every edit.
  const name = useAppStore((s) => s.processes[processId]?.name);
  if (name === undefined) {
    return (
      <>
        <h1>{t.common.notFound.title}</h1>
        <p>{t.common.notFound.process}</p>
        <Link to={paths.home()}>{t.common.notFound.back}</Link>
      </>
    );
  }
  return (
    <ProcessIdProvider value={processId}>
      <nav className="phase-nav" aria-label={t.process.dashboard.phaseList}>
        <NavLink to={paths.process(processId)} end>
          {name}
        </NavLink>
        {PHASE_IDS.map((phase) => (
          <Fragment key={phase}>
            <NavLink to={paths.phase(processId, phase)}>{t.process.phases[phase]}</NavLink>
            {/* The bruttoliste sits between meeting 1, where it is made, and the assessment. */}
            {phase === 'meeting1' ? (
              <NavLink to={paths.bruttoliste(processId)} end>
                {t.process.bruttoliste}
              </NavLink>
            ) : null}
          </Fragment>
        ))}
      </nav>
      <Outlet />
    </ProcessIdProvider>
  );
}
