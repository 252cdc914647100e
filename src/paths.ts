import type { PhaseId } from './domain/process/phases';

/** Every in-app address in one place (hash routes, so static hosting needs no rewrites). */
export const paths = {
  home: () => '/',
  backup: () => '/sikkerhedskopi',
  process: (id: string) => `/proces/${encodeURIComponent(id)}`,
  phase: (id: string, phase: PhaseId) => `/proces/${encodeURIComponent(id)}/${PHASE_SLUGS[phase]}`,
  bruttoliste: (id: string) => `/proces/${encodeURIComponent(id)}/bruttoliste`,
  bruttolistePrint: (id: string) => `/proces/${encodeURIComponent(id)}/bruttoliste/udskrift`,
  planPrint: (id: string) => `/proces/${encodeURIComponent(id)}/handleplan/udskrift`,
  /** The APV-dokumentation laid out for print / PDF. */
  recordPrint: (id: string) => `/proces/${encodeURIComponent(id)}/apv-dokumentation`,
  /** The projector window: full screen, outside the app shell. */
  projector: (id: string) => `/projektor/${encodeURIComponent(id)}`,
};

export const PHASE_SLUGS: Record<PhaseId, string> = {
  preparation: 'forberedelse',
  meeting1: 'dialogmoede-1',
  assessment: 'vurderingsmoede',
  meeting2: 'dialogmoede-2',
  plan: 'handleplan',
  followup: 'opfoelgning',
};
