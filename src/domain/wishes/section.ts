import { emptyAnalysisNotes } from './assessment';
import { defaultSelection } from './selection';
import type { WishesSection } from './types';

export function emptyWishesSection(): WishesSection {
  return {
    strengths: [],
    wishes: [],
    merges: [],
    marks: [],
    selection: defaultSelection(),
    assessments: [],
    analysisNotes: emptyAnalysisNotes(),
    themes: [],
  };
}
