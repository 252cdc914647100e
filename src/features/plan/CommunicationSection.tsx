import { useId, useState } from 'react';
import { TextField } from '../../components/TextField';
import {
  COMMUNICATION_CHANNELS,
  type CommunicationChannel,
  type CommunicationItem,
} from '../../domain/plan/handleplan';
import { useT } from '../../i18n/useT';
import { clock } from '../../store/clock';
import { useCurrentProcess } from '../common/ProcessContext';

function ChannelSelect({
  value,
  onChange,
}: {
  value: CommunicationChannel;
  onChange: (c: CommunicationChannel) => void;
}) {
  const t = useT().plan.communication;
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t.channel}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value as CommunicationChannel)}
      >
        {COMMUNICATION_CHANNELS.map((c) => (
          <option key={c} value={c}>
            {t.channels[c]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** What is told, to whom, when and through which channel. */
export function CommunicationSection() {
  const { process, record, commit } = useCurrentProcess();
  const t = useT().plan.communication;
  const required = useT().common.validation.required;
  const [what, setWhat] = useState('');
  const whatId = useId();
  const items = process.plan.communication;
  const put = (item: CommunicationItem) => commit({ type: 'communicationItemChanged', ...item });
  return (
    <section className="card" aria-labelledby="plan-communication">
      <h2 id="plan-communication">{t.heading}</h2>
      <p className="field-hint">{t.intro}</p>
      {items.length === 0 ? <p className="empty">{t.empty}</p> : null}
      {items.map((item, n) => (
        <fieldset key={item.id} className="communication-item">
          <legend>{t.item(n + 1)}</legend>
          <div className="grid-2">
            <TextField
              draftField={`communication:${item.id}:what`}
              label={t.what}
              value={item.what}
              validate={(d) => (d.trim() === '' ? required : null)}
              onCommit={(v) => put({ ...item, what: v })}
            />
            <TextField
              draftField={`communication:${item.id}:audience`}
              label={t.audience}
              value={item.audience}
              onCommit={(v) => put({ ...item, audience: v })}
            />
            <TextField
              draftField={`communication:${item.id}:when`}
              label={t.when}
              value={item.when}
              onCommit={(v) => put({ ...item, when: v })}
            />
            <ChannelSelect value={item.channel} onChange={(channel) => put({ ...item, channel })} />
          </div>
          <button
            type="button"
            className="button"
            onClick={() => record({ type: 'communicationItemRemoved', id: item.id })}
          >
            {t.remove(n + 1)}
          </button>
        </fieldset>
      ))}
      <div className="inline-form">
        <div className="field">
          <label htmlFor={whatId}>{t.what}</label>
          <input id={whatId} value={what} onChange={(e) => setWhat(e.target.value)} />
        </div>
        <button
          type="button"
          className="button"
          disabled={what.trim() === ''}
          onClick={() => {
            record({
              type: 'communicationItemAdded',
              id: clock.newId(),
              what,
              audience: '',
              when: '',
              channel: 'staffMeeting',
            });
            setWhat('');
          }}
        >
          {t.add}
        </button>
      </div>
    </section>
  );
}
