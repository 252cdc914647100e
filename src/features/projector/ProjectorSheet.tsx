import type { ProjectorView } from '../../domain/projector/projector';
import { ThemedListView } from '../assessment/ThemedListView';
import { GalleryView } from '../capture/GalleryView';
import { ParkingView } from '../capture/ParkingView';
import { RankingView } from '../wishes/RankingView';

type SheetView = Exclude<ProjectorView, 'agenda' | 'groups'>;

/** The views colleagues built for the room (gallery, ranking, parking lot, themed list). */
export function ProjectorSheet({ view }: { view: SheetView }) {
  return (
    <div className="pj-sheet">
      {view === 'gallery' ? <GalleryView /> : null}
      {view === 'ranking' ? <RankingView /> : null}
      {view === 'parking' ? <ParkingView /> : null}
      {view === 'themedList' ? <ThemedListView /> : null}
    </div>
  );
}
