import { useParams } from 'react-router-dom';
import { ProjectorSheet } from './ProjectorSheet';
import { ProjectorPage } from '../features/projector/ProjectorPage';
import { RoomInvite } from '../features/room/RoomInvite';

export function Component() {
  const { processId = '' } = useParams();
  return (
    <ProjectorPage
      processId={processId}
      sheet={(view) => <ProjectorSheet view={view} />}
      invite={<RoomInvite />}
    />
  );
}
