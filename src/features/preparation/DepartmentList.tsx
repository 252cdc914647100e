import { departmentHeadcountTotal } from '../../domain/preparation/people';
import { NumberField } from '../../components/NumberField';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n/useT';
import { clock } from '../../store/clock';
import { useCurrentProcess } from '../common/ProcessContext';

/** Optional departments with head counts, used later to mix groups across departments. */
export function DepartmentList() {
  const { process, record, commit } = useCurrentProcess();
  const t = useT().preparation.people;
  const { departments, participants } = process.people;
  const total = departmentHeadcountTotal(departments);
  return (
    <fieldset className="department-list">
      <legend>{t.departments}</legend>
      <p className="field-hint">{t.departmentsHint}</p>
      <ul className="plain-list">
        {departments.map((d) => (
          <li key={d.id} className="row">
            <TextField
              draftField={`department:${d.id}:name`}
              label={t.departmentName}
              value={d.name}
              onCommit={(name) => commit({ type: 'departmentChanged', id: d.id, patch: { name } })}
            />
            <NumberField
              draftField={`department:${d.id}:headcount`}
              label={t.headcount}
              value={d.headcount}
              required
              onCommit={(headcount) =>
                headcount === null
                  ? null
                  : commit({ type: 'departmentChanged', id: d.id, patch: { headcount } })
              }
            />
            <button
              type="button"
              className="button"
              onClick={() => record({ type: 'departmentRemoved', id: d.id })}
            >
              {t.removeDepartment(d.name)}
            </button>
          </li>
        ))}
      </ul>
      {departments.length > 0 ? (
        <p>
          {t.departmentTotal(total, participants)}{' '}
          {participants !== null && total !== participants ? (
            <span className="field-warning">{t.departmentMismatch}</span>
          ) : null}
        </p>
      ) : null}
      <button
        type="button"
        className="button"
        onClick={() =>
          record({ type: 'departmentAdded', id: clock.newId(), name: '', headcount: 1 })
        }
      >
        {t.addDepartment}
      </button>
    </fieldset>
  );
}
