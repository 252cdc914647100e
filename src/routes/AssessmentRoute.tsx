import { ParkingTriage } from '../features/capture/ParkingTriage';
import { AssessmentPage } from '../features/assessment/AssessmentPage';

export function Component() {
  return <AssessmentPage parking={<ParkingTriage />} />;
}
