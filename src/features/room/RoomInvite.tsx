import { useEffect, useState } from 'react';
import { QrCode } from '../../components/QrCode';
import { roomStep } from '../../domain/room/buildView';
import { formatRoomCode } from '../../domain/room/roomCode';
import type { RoomInvitation } from '../../store/room/rooms';
import { useCurrentProcess } from '../common/ProcessContext';
import { useMeetingNow } from '../common/useMeetingNow';
import { loadRooms } from './useRoom';
import { useRoomTexts } from './useRoomTexts';
import './room.css';

/**
 * The projector's invitation to the phones: a QR code, and an address and code to type, in the steps where
 * phones help, while the room is open. Reads the room's link from this browser (the
 * controller's window opened it) and follows when it changes.
 */
export function RoomInvite() {
  const t = useRoomTexts();
  const { process } = useCurrentProcess();
  const [invite, setInvite] = useState<RoomInvitation | null>(null);
  const now = useMeetingNow(process.meetingRuns[process.projector.meeting]);
  useEffect(() => {
    let live = true;
    let stop = () => undefined as void;
    void loadRooms().then((rooms) => {
      const read = () => void rooms.roomInvite(process.id).then((next) => live && setInvite(next));
      read();
      stop = rooms.watchRoom(process.id, read);
    });
    return () => {
      live = false;
      stop();
    };
  }, [process.id]);
  if (!invite?.open) return null;
  const { task } = roomStep(process, { open: true, voteClosed: false }, now);
  if (!task) return null;
  const bare = (url: string) => url.replace(/^https?:\/\//, '');
  return (
    <aside className="pj-invite" aria-label={t.invite} data-testid="room-invite">
      <QrCode text={invite.link} label={t.qr} />
      <div>
        <p className="pj-invite-title">{t.invite}</p>
        <p className="pj-invite-hint">{t.inviteHint}</p>
        {invite.typed ? (
          <>
            <p className="pj-invite-hint">
              {t.inviteTyped}{' '}
              <span className="pj-invite-address">{bare(invite.typed.address)}</span> {t.inviteCode}
            </p>
            <p className="pj-invite-code" data-testid="room-code">
              {formatRoomCode(invite.typed.code)}
            </p>
          </>
        ) : (
          <p className="pj-invite-hint pj-invite-address">{bare(invite.link)}</p>
        )}
      </div>
    </aside>
  );
}
