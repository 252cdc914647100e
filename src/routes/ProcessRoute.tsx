import { Fragment } from 'react';
import { Link, NavLink, Outlet, useLocation, useParams } from 'react-router-dom';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { PHASE_IDS } from '../domain/process/phases';
import { DraftScopeContext } from '../components/keptDraft';
import { ProcessIdProvider } from '../features/common/ProcessContext';
import { useT } from '../i18n/useT';
import { paths } from '../paths';
import { useAppStore } from '../store/store';

type Texts = ReturnType<typeof useT>;

/** The page's name for the tab title: the phase, the bruttoliste or the document shown. */
function pageName(pathname: string, id: string, t: Texts): string {
  const pages: [string, string][] = [
    ...PHASE_IDS.map((phase): [string, string] => [
      paths.phase(id, phase),
      t.process.phases[phase],
    ]),
    [paths.bruttoliste(id), t.process.bruttoliste],
    [paths.bruttolistePrint(id), t.process.bruttoliste],
    [paths.planPrint(id), t.plan.export.title],
    [paths.recordPrint(id), t.plan.record.title],
  ];
  return pages.find(([path]) => path === pathname)?.[1] ?? '';
}

/** Layout for one process: finds it (or says it is gone) and offers the phase navigation. */
export function Component() {
  const { processId = '' } = useParams();
  const t = useT();
  // Only the name: this layout must not re-render (and re-build its links) on every edit.
  const name = useAppStore((s) => s.processes[processId]?.name);
  const page = pageName(useLocation().pathname, processId, t);
  // The tab's title is the name "Gem som PDF" suggests: the page and the workplace.
  useDocumentTitle([page, name, t.common.appName].filter(Boolean).join(' – '));
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
      <DraftScopeContext.Provider value={processId}>
        <Outlet />
      </DraftScopeContext.Provider>
    </ProcessIdProvider>
  );
}
