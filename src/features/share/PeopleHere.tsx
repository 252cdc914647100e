import type { SharePerson } from '../../domain/sync/shareStatus';
import { useT } from '../../i18n/useT';

/** Who else has the process open right now, and what they are editing. */
export function PeopleHere({ people }: { people: SharePerson[] }) {
  const t = useT().share;
  if (people.length === 0) return null;
  return (
    <div className="people-here">
      <h3>{t.here}</h3>
      <ul>
        {people.map((p, i) => {
          const name = p.name.trim() || t.unnamed;
          return <li key={`${name}-${i}`}>{p.editing ? t.editingWhat(name, p.editing) : name}</li>;
        })}
      </ul>
    </div>
  );
}
