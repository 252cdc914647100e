import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { HashRouter, Route, Routes } from 'react-router-dom';
import { ensureLanguage } from '../i18n/packs';
import { PHASE_SLUGS } from '../paths';
import { useAppStore } from '../store/store';
import { NotFound } from './NotFound';
import { Shell } from './Shell';

/** A page, loaded on its first visit together with the rest of the current language's texts. */
const page = (
  load: () => Promise<{ Component: ComponentType }>,
): LazyExoticComponent<ComponentType> =>
  lazy(async () => {
    const [module] = await Promise.all([load(), ensureLanguage(useAppStore.getState().language)]);
    return { default: module.Component };
  });

// Each page loads on its first visit, so the entry bundle holds only the shell and the store.
// The home page reads only the core texts, which the app has before it renders any page.
const Home = lazy(async () => ({ default: (await import('../routes/HomeRoute')).Component }));
const Backup = page(() => import('../routes/BackupRoute'));
const Process = page(() => import('../routes/ProcessRoute'));
const Dashboard = page(() => import('../routes/DashboardRoute'));
const Preparation = page(() => import('../routes/PreparationRoute'));
const Meeting1 = page(() => import('../routes/Meeting1Route'));
const Assessment = page(() => import('../routes/AssessmentRoute'));
const Meeting2 = page(() => import('../routes/Meeting2Route'));
const Plan = page(() => import('../routes/PlanRoute'));
const Followup = page(() => import('../routes/FollowupRoute'));
const Bruttoliste = page(() => import('../routes/BruttolisteRoute'));
const BruttolistePrint = page(() => import('../routes/BruttolistePrintRoute'));
const PlanPrint = page(() => import('../routes/PlanPrintRoute'));
const RecordPrint = page(() => import('../routes/RecordPrintRoute'));
const Projector = page(() => import('../routes/ProjectorRoute'));
const Join = page(() => import('../routes/JoinRoute'));

export function AppRoutes({ fallback }: { fallback: React.ReactNode }) {
  return (
    <HashRouter>
      <Suspense fallback={fallback}>
        <Routes>
          <Route path="projektor/:processId" element={<Projector />} />
          <Route element={<Shell />}>
            <Route index element={<Home />} />
            <Route path="sikkerhedskopi" element={<Backup />} />
            <Route path="delt/:mode/:room/:token/:secret" element={<Join />} />
            <Route path="proces/:processId" element={<Process />}>
              <Route index element={<Dashboard />} />
              <Route path={PHASE_SLUGS.preparation} element={<Preparation />} />
              <Route path={PHASE_SLUGS.meeting1} element={<Meeting1 />} />
              <Route path={PHASE_SLUGS.assessment} element={<Assessment />} />
              <Route path={PHASE_SLUGS.meeting2} element={<Meeting2 />} />
              <Route path={PHASE_SLUGS.plan} element={<Plan />} />
              <Route path={PHASE_SLUGS.followup} element={<Followup />} />
              <Route path="bruttoliste" element={<Bruttoliste />} />
              <Route path="bruttoliste/udskrift" element={<BruttolistePrint />} />
              <Route path="handleplan/udskrift" element={<PlanPrint />} />
              <Route path="apv-dokumentation" element={<RecordPrint />} />
            </Route>
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </Suspense>
    </HashRouter>
  );
}
