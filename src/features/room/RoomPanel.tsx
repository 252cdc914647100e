import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { QrCode } from '../../components/QrCode';
import type { MeetingKey } from '../../domain/agenda/ids';
import type { AsideEntry } from '../../domain/room/ledger';
import { interestOf, prioritisedWishIds } from '../../domain/plan/meeting2';
import { marksBySource } from '../../domain/wishes/marks';
import { useCurrentProcess } from '../common/ProcessContext';
import { useStepTexts } from '../common/stepTexts';
import { useRoomTexts } from './useRoomTexts';
import { useRoom } from './useRoom';
import './room.css';

/** The controller's panel for the meeting room: open it, follow the phones, close the vote. */
export function RoomPanel({ meeting }: { meeting: MeetingKey }) {
  const t = useRoomTexts();
  const { process } = useCurrentProcess();
  const stepTexts = useStepTexts();
  const { rooms, status } = useRoom(process.id);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);

  const open = async () => {
    if (!rooms) return;
    setBusy(true);
    setFailed(false);
    try {
      await rooms.openRoom(process.id);
    } catch (error) {
      console.warn(error instanceof Error ? error.stack : error);
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  const control = status?.control;
  const sources = marksBySource(process.wishes);
  const steps = process.meetingRuns[meeting].agenda.steps.filter(
    (step) => status && status.tookPart[step.id] !== undefined,
  );
  const link = rooms && status ? rooms.phoneLinkOf(process.id) : null;

  return (
    <section className="card room-panel" aria-labelledby="room-title">
      <h2 id="room-title">{t.heading}</h2>
      {!status ? (
        <>
          <p>{meeting === 'meeting2' ? t.introMeeting2 : t.intro}</p>
          <p className="hint">{t.privacy}</p>
          <button
            type="button"
            className="button primary"
            onClick={() => void open()}
            disabled={!rooms || busy}
          >
            {busy ? t.opening : t.open}
          </button>
          {failed ? <p role="alert">{t.openFailed}</p> : null}
        </>
      ) : (
        <>
          <p className="room-connection" role="status">
            {t.connection[status.connection]}
          </p>
          <p className="room-phones" data-testid="room-phones">
            <strong>{t.phonesIn(status.phones)}</strong> <span className="hint">{t.twoPhones}</span>
          </p>
          {link ? (
            <details className="room-link">
              <summary>{t.link}</summary>
              <QrCode text={link} label={t.qr} />
              <p className="room-address">{link}</p>
            </details>
          ) : null}
          {steps.length > 0 ? (
            <>
              <h3>{t.tookPart}</h3>
              <ul className="room-steps" data-testid="room-took-part">
                {steps.map((step) => (
                  <li key={step.id}>
                    {t.tookPartStep(stepTexts(step).title, status.tookPart[step.id] ?? 0)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {meeting === 'meeting1' ? (
            <>
              <h3>{t.vote}</h3>
              <p>{control?.voteClosed ? t.voteClosed : t.voteOpen}</p>
              <p data-testid="marks-by-source">{t.marksBySource(sources.phone, sources.paper)}</p>
            </>
          ) : (
            <InterestBySource />
          )}
          <div className="room-actions">
            {meeting === 'meeting1' ? (
              <button
                type="button"
                className="button"
                onClick={() =>
                  control &&
                  rooms?.setControl(process.id, { ...control, voteClosed: !control.voteClosed })
                }
              >
                {control?.voteClosed ? t.reopenVote : t.closeVote}
              </button>
            ) : null}
            {control?.open ? (
              <button
                type="button"
                className="button"
                onClick={() =>
                  control && rooms?.setControl(process.id, { ...control, open: false })
                }
              >
                {t.close}
              </button>
            ) : (
              <button type="button" className="button" onClick={() => void open()}>
                {t.reopen}
              </button>
            )}
            <button type="button" className="button danger" onClick={() => setConfirmRemove(true)}>
              {t.remove}
            </button>
          </div>
          {control && !control.open ? <p>{t.closedNote}</p> : null}
          {status.unreadable > 0 ? <p>{t.unreadable(status.unreadable)}</p> : null}
          {status.marksRefused > 0 ? <p>{t.marksRefused(status.marksRefused)}</p> : null}
          {status.aside.length > 0 ? (
            <Aside
              entries={status.aside}
              takeAnyway={(key) => rooms?.takeAnyway(process.id, key) ?? null}
            />
          ) : null}
        </>
      )}
      <ConfirmDialog
        open={confirmRemove}
        title={t.remove}
        actions={[
          {
            label: t.remove,
            tone: 'danger',
            onClick: () => {
              setConfirmRemove(false);
              void rooms?.removeRoom(process.id);
            },
          },
        ]}
        onCancel={() => setConfirmRemove(false)}
      >
        <p>{t.removeConfirm}</p>
      </ConfirmDialog>
    </section>
  );
}

/** Meeting 2, step 2: how many chose each prioritised wish, on phones and by hands. */
function InterestBySource() {
  const t = useRoomTexts();
  const { process } = useCurrentProcess();
  const texts = new Map(process.wishes.wishes.map((w) => [w.id, w.text]));
  const wishes = prioritisedWishIds(process.meeting2);
  if (wishes.length === 0) return null;
  return (
    <>
      <h3>{t.interest}</h3>
      <p className="hint">{t.interestIntro}</p>
      <ul className="room-steps" data-testid="interest-by-source">
        {wishes.map((id) => {
          const { phone, paper } = interestOf(process.meeting2, id);
          return <li key={id}>{t.interestBySource(texts.get(id) ?? id, phone, paper)}</li>;
        })}
      </ul>
    </>
  );
}

/** What an entry kept aside holds, in words: its text, or what kind of entry it is. */
function useAsideText(): (entry: AsideEntry) => string {
  const t = useRoomTexts();
  return ({ arrival: { entry } }) => {
    switch (entry.kind) {
      case 'wish':
      case 'strength':
      case 'groupProposal':
      case 'actionProposal':
        return entry.text;
      case 'mark':
        return t.asideMark;
      case 'choice':
        return t.asideChoice;
      case 'interest':
        return t.asideInterest;
      case 'joined':
        return t.asideJoined;
    }
  };
}

/** Entries kept aside: shown literally, with why, newest first; the leader may take one in. */
function Aside({
  entries,
  takeAnyway,
}: {
  entries: readonly AsideEntry[];
  takeAnyway: (key: string) => unknown;
}) {
  const t = useRoomTexts();
  const what = useAsideText();
  return (
    <>
      <h3>{t.aside}</h3>
      <p className="hint">{t.asideIntro}</p>
      <ul className="room-aside" data-testid="room-aside">
        {[...entries].reverse().map((entry) => (
          <li key={entry.arrival.key}>
            <span className="room-aside-text">{what(entry)}</span>{' '}
            <span className="hint">({t.verdicts[entry.verdict]})</span>{' '}
            {entry.arrival.entry.kind !== 'joined' ? (
              <button
                type="button"
                className="button"
                onClick={() => takeAnyway(entry.arrival.key)}
                aria-label={t.takeAnywayLabel(what(entry))}
              >
                {t.takeAnyway}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
