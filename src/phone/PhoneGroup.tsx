import type { RoomView } from '../domain/room/view';
import type { PhoneTexts } from './PhoneApp';
import type { PhoneRoom, PhoneState } from './phoneRoom';

/** Groups to choose from when the leader's app does not know how many there are. */
const FALLBACK_GROUPS = 12;

/** The phone's group in this step, or null when none (or one the step does not have). */
export function groupOf(
  state: PhoneState,
  view: RoomView,
): { group: number | null; groups: number } {
  const groups = view.step?.groups ?? FALLBACK_GROUPS;
  const group = state.group !== null && state.group <= groups ? state.group : null;
  return { group, groups };
}

/** The group number the phone was counted into (optional; the scribe's lines need it). */
export function PhoneGroup({
  room,
  state,
  view,
  id,
  t,
}: {
  room: PhoneRoom;
  state: PhoneState;
  view: RoomView;
  id: string;
  t: PhoneTexts;
}) {
  const { group, groups } = groupOf(state, view);
  return (
    <div className="ph-field">
      <label htmlFor={`${id}-group`}>{t.group}</label>
      <select
        id={`${id}-group`}
        className="ph-select"
        value={group ?? ''}
        onChange={(e) => room.chooseGroup(Number(e.target.value))}
        aria-describedby={`${id}-group-hint`}
      >
        <option value="" disabled>
          {t.noGroup}
        </option>
        {Array.from({ length: groups }, (_, i) => (
          <option key={i + 1} value={i + 1}>
            {i + 1}
          </option>
        ))}
      </select>
      <small id={`${id}-group-hint`}>{t.groupHint}</small>
    </div>
  );
}
