import { ThemedListView } from '../features/assessment/ThemedListView';
import { GalleryView } from '../features/capture/GalleryView';
import { ParkingView } from '../features/capture/ParkingView';
import { ProposalsView } from '../features/meeting2/ProposalsView';
import type { SheetView } from '../features/projector/ProjectorScreen';
import { RankingView } from '../features/wishes/RankingView';

/** The views colleagues built for the room (gallery, ranking, parking lot, themed list). */
export function ProjectorSheet({ view }: { view: SheetView }) {
  return (
    <div className="pj-sheet">
      {view === 'gallery' ? <GalleryView /> : null}
      {view === 'ranking' ? <RankingView /> : null}
      {view === 'parking' ? <ParkingView /> : null}
      {view === 'themedList' ? <ThemedListView /> : null}
      {view === 'proposals' ? <ProposalsView /> : null}
    </div>
  );
}
