import { lazy, Suspense } from 'react';
import { useParams } from 'react-router-dom';
import { ProjectorSheet } from './ProjectorSheet';
import { ProjectorPage } from '../features/projector/ProjectorPage';

// The phones' invitation (and its QR code library) loads only with the projector running, not
// in the page's first load.
const RoomInvite = lazy(async () => ({
  default: (await import('../features/room/RoomInvite')).RoomInvite,
}));

export function Component() {
  const { processId = '' } = useParams();
  return (
    <ProjectorPage
      processId={processId}
      sheet={(view) => <ProjectorSheet view={view} />}
      invite={
        <Suspense fallback={null}>
          <RoomInvite />
        </Suspense>
      }
    />
  );
}
