import { useParams } from 'react-router-dom';
import { ProjectorPage } from '../features/projector/ProjectorPage';

export function Component() {
  const { processId = '' } = useParams();
  return <ProjectorPage processId={processId} />;
}
