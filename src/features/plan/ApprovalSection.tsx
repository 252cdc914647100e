import { useId, useState } from 'react';
import { TextField } from '../../components/TextField';
import { APPROVER_ROLES, type Approval, type ApproverRole } from '../../domain/plan/handleplan';
import { isOptionalDate } from '../../domain/plan/fields';
import { useT } from '../../i18n/useT';
import { clock } from '../../store/clock';
import { useCurrentProcess } from '../common/ProcessContext';
import { focusKey } from './focusField';

function RoleSelect({
  value,
  onChange,
}: {
  value: ApproverRole;
  onChange: (role: ApproverRole) => void;
}) {
  const t = useT().plan.approval;
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t.role}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as ApproverRole)}>
        {APPROVER_ROLES.map((r) => (
          <option key={r} value={r}>
            {t.roles[r]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** One person who approves: name, role, position and the day they signed. */
function ApproverFields({ approval, n }: { approval: Approval; n: number }) {
  const { record, commit } = useCurrentProcess();
  const t = useT().plan.approval;
  const v = useT().common.validation;
  const put = (a: Approval) => commit({ type: 'approvalSigned', ...a });
  return (
    <fieldset className="communication-item">
      <legend>{t.person(n)}</legend>
      <div className="grid-2">
        <TextField
          draftField={`approval:${approval.id}:name`}
          label={t.name}
          value={approval.name}
          validate={(d) => (d.trim() === '' ? v.required : null)}
          onCommit={(name) => put({ ...approval, name })}
        />
        <RoleSelect value={approval.role} onChange={(role) => put({ ...approval, role })} />
        <TextField
          draftField={`approval:${approval.id}:title`}
          label={t.title}
          value={approval.title}
          onCommit={(title) => put({ ...approval, title })}
        />
        <TextField
          draftField={`approval:${approval.id}:date`}
          type="date"
          label={t.signedOn}
          value={approval.date}
          validate={(d) => (isOptionalDate(d) ? null : v.date)}
          onCommit={(date) => put({ ...approval, date })}
        />
      </div>
      <button
        type="button"
        className="button"
        onClick={() => record({ type: 'approvalRemoved', id: approval.id })}
      >
        {t.remove(n)}
      </button>
    </fieldset>
  );
}

/** When the plan was approved, and by whom: management, the representative, the AMO. */
export function ApprovalSection() {
  const { process, commit, record } = useCurrentProcess();
  const t = useT().plan.approval;
  const invalid = useT().common.validation.date;
  const [name, setName] = useState('');
  const [role, setRole] = useState<ApproverRole>('management');
  const nameId = useId();
  const add = () => {
    record({
      type: 'approvalSigned',
      id: clock.newId(),
      name,
      role,
      title: '',
      date: process.plan.approvalDate,
    });
    setName('');
  };
  return (
    <section className="card" aria-labelledby="plan-approval">
      <h2 id="plan-approval">{t.heading}</h2>
      <div data-focus={focusKey('plan', 'approvalDate')}>
        <TextField
          draftField="plan:approvalDate"
          type="date"
          label={t.date}
          value={process.plan.approvalDate}
          validate={(d) => (isOptionalDate(d) ? null : invalid)}
          onCommit={(date) => commit({ type: 'planApproved', date })}
        />
      </div>
      <h3>{t.people}</h3>
      <p className="field-hint">{t.peopleHint}</p>
      {process.plan.approvals.length === 0 ? <p className="empty">{t.nobody}</p> : null}
      {process.plan.approvals.map((a, n) => (
        <ApproverFields key={a.id} approval={a} n={n + 1} />
      ))}
      <div className="inline-form">
        <div className="field">
          <label htmlFor={nameId}>{t.newName}</label>
          <input
            id={nameId}
            value={name}
            autoComplete="name"
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && name.trim() !== '') add();
            }}
          />
        </div>
        <RoleSelect value={role} onChange={setRole} />
        <button type="button" className="button" disabled={name.trim() === ''} onClick={add}>
          {t.add}
        </button>
      </div>
    </section>
  );
}
