import { PreparationPage } from '../features/preparation/PreparationPage';

export function Component() {
  return <PreparationPage />;
}
