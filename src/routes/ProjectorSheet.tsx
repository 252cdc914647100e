import { lazy, Suspense } from 'react';
import { ThemedListView } from '../features/assessment/ThemedListView';
import { GalleryView } from '../features/capture/GalleryView';
import { ParkingView } from '../features/capture/ParkingView';
import type { SheetView } from '../features/projector/ProjectorScreen';
import { RankingView } from '../features/wishes/RankingView';

// Meeting 2's proposals show once, at its last step: they load when shown, not with the page.
const ProposalsView = lazy(async () => ({
  default: (await import('../features/meeting2/ProposalsView')).ProposalsView,
}));

/** The views colleagues built for the room (gallery, ranking, parking lot, themed list). */
export function ProjectorSheet({ view }: { view: SheetView }) {
  return (
    <div className="pj-sheet">
      {view === 'gallery' ? <GalleryView /> : null}
      {view === 'ranking' ? <RankingView /> : null}
      {view === 'parking' ? <ParkingView /> : null}
      {view === 'themedList' ? <ThemedListView /> : null}
      {view === 'proposals' ? (
        <Suspense fallback={null}>
          <ProposalsView />
        </Suspense>
      ) : null}
    </div>
  );
}
