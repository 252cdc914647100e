import { format, parseISO } from 'date-fns';
import { useId, useState } from 'react';
import { TextField } from '../../components/TextField';
import { TEAM_KINDS, type TeamKind, type TeamMember } from '../../domain/followup/followup';
import { COMMUNICATION_CHANNELS, type CommunicationChannel } from '../../domain/plan/handleplan';
import { useFormatDate } from '../../i18n/useFormatDate';
import { useT } from '../../i18n/useT';
import { clock } from '../../store/clock';
import { useCurrentProcess } from '../common/ProcessContext';
import { FieldError } from '../../components/FieldError';

/** The log of what staff were told, when and how. */
export function StaffLog() {
  const { process, record, commit } = useCurrentProcess();
  const t = useT().plan.followup.told;
  const channels = useT().plan.communication.channels;
  const removeLabel = useT().common.actions.remove;
  const formatDate = useFormatDate();
  const [what, setWhat] = useState('');
  const [date, setDate] = useState(() => format(clock.now(), 'yyyy-MM-dd'));
  const [channel, setChannel] = useState<CommunicationChannel>('staffMeeting');
  const [error, setError] = useState<string | null>(null);
  const whatId = useId();
  const dateId = useId();
  const channelId = useId();
  const log = [...process.followUp.communicationLog].sort((a, b) => b.date.localeCompare(a.date));
  const add = () => {
    const event = { type: 'staffInformed' as const, id: clock.newId(), what, date, channel };
    const refused = commit(event);
    setError(refused);
    if (!refused) setWhat('');
  };
  return (
    <section className="card" aria-labelledby="followup-told">
      <h2 id="followup-told">{t.heading}</h2>
      <p className="field-hint">{t.intro}</p>
      {log.length === 0 ? <p className="empty">{t.empty}</p> : null}
      <ul className="plain-list">
        {log.map((entry) => (
          <li key={entry.id} className="log-entry">
            <strong>{formatDate(parseISO(entry.date), 'd. MMMM yyyy')}</strong> (
            {channels[entry.channel]}): {entry.what}{' '}
            <button
              type="button"
              className="button"
              aria-label={t.remove(entry.what)}
              onClick={() => record({ type: 'staffInformedRemoved', id: entry.id })}
            >
              {removeLabel}
            </button>
          </li>
        ))}
      </ul>
      <div className="inline-form">
        <div className="field">
          <label htmlFor={whatId}>{t.what}</label>
          <input id={whatId} value={what} onChange={(e) => setWhat(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={dateId}>{t.date}</label>
          <input id={dateId} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={channelId}>{t.channel}</label>
          <select
            id={channelId}
            value={channel}
            onChange={(e) => setChannel(e.target.value as CommunicationChannel)}
          >
            {COMMUNICATION_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {channels[c]}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button" onClick={add} disabled={what.trim() === ''}>
          {t.add}
        </button>
      </div>
      <FieldError message={error} />
    </section>
  );
}

function KindSelect({ value, onChange }: { value: TeamKind; onChange: (k: TeamKind) => void }) {
  const t = useT().plan.followup.team;
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t.kind}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as TeamKind)}>
        {TEAM_KINDS.map((k) => (
          <option key={k} value={k}>
            {t.kinds[k]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The dreamteam / trivselsagenter / representatives, each with a written role. */
export function TeamSection() {
  const { process, record, commit } = useCurrentProcess();
  const t = useT().plan.followup.team;
  const required = useT().common.validation.required;
  const [name, setName] = useState('');
  const [kind, setKind] = useState<TeamKind>('dreamteam');
  const [role, setRole] = useState('');
  const nameId = useId();
  const roleId = useId();
  const put = (m: TeamMember) => commit({ type: 'teamMemberChanged', ...m });
  return (
    <section className="card" aria-labelledby="followup-team">
      <h2 id="followup-team">{t.heading}</h2>
      <p className="field-hint">{t.intro}</p>
      {process.followUp.team.length === 0 ? <p className="empty">{t.empty}</p> : null}
      {process.followUp.team.map((m) => (
        <fieldset key={m.id} className="team-member">
          <legend>{m.name}</legend>
          <div className="grid-2">
            <TextField
              draftField={`team:${m.id}:name`}
              label={t.name}
              value={m.name}
              validate={(d) => (d.trim() === '' ? required : null)}
              onCommit={(v) => put({ ...m, name: v })}
            />
            <KindSelect value={m.kind} onChange={(k) => put({ ...m, kind: k })} />
          </div>
          <TextField
            draftField={`team:${m.id}:role`}
            label={t.role}
            value={m.role}
            multiline
            onCommit={(v) => put({ ...m, role: v })}
          />
          <button
            type="button"
            className="button"
            onClick={() => record({ type: 'teamMemberRemoved', id: m.id })}
          >
            {t.remove(m.name)}
          </button>
        </fieldset>
      ))}
      <div className="inline-form">
        <div className="field">
          <label htmlFor={nameId}>{t.name}</label>
          <input id={nameId} value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <KindSelect value={kind} onChange={setKind} />
        <div className="field">
          <label htmlFor={roleId}>{t.role}</label>
          <input id={roleId} value={role} onChange={(e) => setRole(e.target.value)} />
        </div>
        <button
          type="button"
          className="button"
          disabled={name.trim() === ''}
          onClick={() => {
            record({ type: 'teamMemberAdded', id: clock.newId(), name, kind, role });
            setName('');
            setRole('');
          }}
        >
          {t.add}
        </button>
      </div>
    </section>
  );
}
