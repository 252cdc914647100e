import { suggestedAssistantCount } from '../../domain/preparation/people';
import { NumberField } from '../../components/NumberField';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n/useT';
import { useCurrentProcess } from '../common/ProcessContext';
import { DepartmentList } from './DepartmentList';
import { PersonList } from './PersonList';

export function PeopleSection() {
  const { process, commit } = useCurrentProcess();
  const t = useT().preparation.people;
  const { participants, moedeleder, moedeassistenter } = process.people;
  const suggested = suggestedAssistantCount(participants);
  return (
    <section aria-labelledby="people-title" className="card">
      <h2 id="people-title">{t.heading}</h2>
      <NumberField
        draftField="people:participants"
        label={t.participants}
        hint={t.participantsHint}
        value={participants}
        onCommit={(count) => commit({ type: 'participantsSet', count })}
      />
      <DepartmentList />
      <TextField
        draftField="people:moedeleder"
        label={t.moedeleder}
        hint={t.moedelederHint}
        value={moedeleder}
        onCommit={(name) => commit({ type: 'moedelederSet', name })}
      />
      {suggested > 0 && participants !== null && moedeassistenter.length < suggested ? (
        <p className="message info">{t.assistantSuggestion(suggested, participants)}</p>
      ) : null}
      <PersonList role="moedeassistenter" legend={t.moedeassistenter} />
      <PersonList role="amg" legend={t.amg} />
    </section>
  );
}
