import type { PersonRole } from '../../domain/preparation/people';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n/useT';
import { clock } from '../../store/clock';
import { useCurrentProcess } from '../common/ProcessContext';

/** An editable list of named people for one role (AMG members or meeting assistants). */
export function PersonList({ role, legend }: { role: PersonRole; legend: string }) {
  const { process, record, commit } = useCurrentProcess();
  const t = useT().preparation.people;
  const people = process.people[role];
  return (
    <fieldset className="person-list">
      <legend>{legend}</legend>
      <ul className="plain-list">
        {people.map((person, i) => (
          <li key={person.id} className="row">
            <TextField
              draftField={`person:${person.id}:name`}
              label={`${t.personName} ${i + 1}`}
              value={person.name}
              onCommit={(name) => commit({ type: 'personRenamed', role, id: person.id, name })}
            />
            <button
              type="button"
              className="button"
              onClick={() => record({ type: 'personRemoved', role, id: person.id })}
            >
              {t.removePerson(person.name)}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button"
        onClick={() => record({ type: 'personAdded', role, id: clock.newId(), name: '' })}
      >
        {t.addPerson}
      </button>
    </fieldset>
  );
}
