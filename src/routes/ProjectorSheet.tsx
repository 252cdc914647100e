import { lazy, Suspense } from 'react';
import type { SheetView } from '../features/projector/ProjectorScreen';

// The room's lists load when first shown, not with the projector page: its first view is the
// clock, and the lists and their paging would only weigh on that first load.
const ThemedListView = lazy(async () => ({
  default: (await import('../features/assessment/ThemedListView')).ThemedListView,
}));
const GalleryView = lazy(async () => ({
  default: (await import('../features/capture/GalleryView')).GalleryView,
}));
const ParkingView = lazy(async () => ({
  default: (await import('../features/capture/ParkingView')).ParkingView,
}));
const RankingView = lazy(async () => ({
  default: (await import('../features/wishes/RankingView')).RankingView,
}));
const ProposalsView = lazy(async () => ({
  default: (await import('../features/meeting2/ProposalsView')).ProposalsView,
}));

/** The views colleagues built for the room (gallery, ranking, parking lot, themed list, proposals). */
export function ProjectorSheet({ view }: { view: SheetView }) {
  return (
    <div className="pj-sheet">
      <Suspense fallback={null}>
        {view === 'gallery' ? <GalleryView /> : null}
        {view === 'ranking' ? <RankingView /> : null}
        {view === 'parking' ? <ParkingView /> : null}
        {view === 'themedList' ? <ThemedListView /> : null}
        {view === 'proposals' ? <ProposalsView /> : null}
      </Suspense>
    </div>
  );
}
