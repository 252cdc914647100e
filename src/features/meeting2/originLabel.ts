import type { Proposal } from '../../domain/plan/meeting2';
import type { useT } from '../../i18n/useT';

/** Where a proposal came from, in short: its group of four or its heading. */
export function originLabel(p: Proposal, t: ReturnType<typeof useT>['plan']['meeting2']): string {
  return p.origin.step === 'groupOfFour'
    ? t.origin.group(p.origin.group)
    : t.headingShort[p.origin.heading];
}
