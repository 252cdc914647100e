import { useId, useState } from 'react';
import { TextField } from '../../components/TextField';
import { LIMITS } from '../../domain/limits';
import { PARKING_STATUSES, type ParkingItem } from '../../domain/parking/parking';
import { useFormatDate } from '../../i18n/useFormatDate';
import { useT } from '../../i18n/useT';
import { parkedWhere } from './parkingPlace';
import { useCurrentProcess } from '../common/ProcessContext';
import './capture.css';
import { FieldError } from '../../components/FieldError';

/** The assessment meeting's pass over the parking lot: a status and a note for each topic. */
export function ParkingTriage() {
  const { process } = useCurrentProcess();
  const t = useT().capture.triage;
  const id = useId();
  const items = [...process.parking.items].sort(
    (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt),
  );
  const open = items.filter((item) => item.status === 'open').length;
  return (
    <section
      className="capture parking-triage"
      aria-labelledby={`${id}-title`}
      data-testid="parking-triage"
    >
      <h2 id={`${id}-title`}>{t.title}</h2>
      <p className="capture-intro">{t.intro}</p>
      {items.length === 0 ? (
        <p className="empty">{t.empty}</p>
      ) : (
        <>
          <p className="capture-groups-note">{t.summary(open, items.length)}</p>
          <ol className="triage-list">
            {items.map((item) => (
              <TriageItem key={item.id} item={item} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function TriageItem({ item }: { item: ParkingItem }) {
  const { process, commit } = useCurrentProcess();
  const dictionary = useT();
  const t = dictionary.capture.triage;
  const formatDate = useFormatDate();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const where = parkedWhere(dictionary, process, item);
  const time = formatDate(new Date(item.createdAt), 'PPp');

  function triage(status: ParkingItem['status'], note: string) {
    const reason = commit({ type: 'parkedItemTriaged', itemId: item.id, status, note });
    setError(reason ? reason : null);
  }

  return (
    <li className={`triage-item status-${item.status}`} aria-labelledby={`${id}-text`}>
      <p className="triage-text" id={`${id}-text`}>
        {item.text}
      </p>
      <p className="capture-meta">
        <time dateTime={item.createdAt}>{t.parkedAt(where, time)}</time>
      </p>
      <fieldset className="triage-status">
        <legend>
          {t.status}
          <span className="visually-hidden">: {item.text}</span>
        </legend>
        {PARKING_STATUSES.map((status) => (
          <label key={status} className="radio">
            <input
              type="radio"
              name={`${id}-status`}
              value={status}
              checked={item.status === status}
              onChange={() => triage(status, item.note)}
            />
            {t.statuses[status]}
          </label>
        ))}
      </fieldset>
      <TextField
        draftField={`parking:${item.id}:note`}
        label={t.note}
        value={item.note}
        multiline
        validate={(draft) =>
          draft.length > LIMITS.longText
            ? dictionary.common.validation.tooLong(LIMITS.longText)
            : null
        }
        onCommit={(note) => triage(item.status, note)}
      />
      <FieldError message={error} />
    </li>
  );
}
