import type { MeetingKey } from '../domain/agenda/ids';
import { ParkingPanel } from '../features/capture/ParkingPanel';
import { StrengthsCapture } from '../features/capture/StrengthsCapture';
import { WishesCapture } from '../features/capture/WishesCapture';
import { Meeting2Capture } from '../features/meeting2/Meeting2Capture';
import { BruttolisteList } from '../features/wishes/BruttolisteList';
import { MarkCounting } from '../features/wishes/MarkCounting';
import { useT } from '../i18n/useT';

/** The step's own capture (strengths, wishes, marks, meeting-2 proposals). */
function StepCapture({ meeting, stepId }: { meeting: MeetingKey; stepId: string | null }) {
  const t = useT().meeting.capture;
  if (meeting === 'meeting2') {
    return stepId?.startsWith('m2-') ? (
      <Meeting2Capture stepId={stepId} headingLevel={3} />
    ) : (
      <p>{t.none}</p>
    );
  }
  switch (stepId) {
    case 'm1-interview':
      return <StrengthsCapture headingLevel={3} />;
    case 'm1-brainstorm':
      return <WishesCapture headingLevel={3} />;
    case 'm1-summary':
      // Step 4 strikes the duplicates: the bruttoliste's merge is here, beside the clock.
      return (
        <>
          <WishesCapture headingLevel={3} />
          <BruttolisteList headingLevel={3} />
        </>
      );
    case 'm1-selection':
      return <MarkCounting headingLevel={3} />;
    default:
      return <p>{t.none}</p>;
  }
}

/** Beside the clock: what the current step produces, and always the parking lot. */
export function CapturePanel({ meeting, stepId }: { meeting: MeetingKey; stepId: string | null }) {
  const t = useT().meeting.capture;
  return (
    <section aria-labelledby="capture-title" className="card capture-panel">
      <h2 id="capture-title">{t.heading}</h2>
      <StepCapture meeting={meeting} stepId={stepId} />
      <ParkingPanel meeting={meeting} stepId={stepId} headingLevel={3} />
    </section>
  );
}
