import type { PhaseId } from '../../domain/process/phases';
import { PHASE_STATUSES } from '../../domain/process/phases';
import { useT } from '../../i18n/useT';
import { useCurrentProcess } from './ProcessContext';

/** Lets the AMG set a phase's status by hand: the phases are theirs to call done. */
export function PhaseStatusControl({ phase }: { phase: PhaseId }) {
  const { process, record } = useCurrentProcess();
  const t = useT().process;
  return (
    <fieldset className="status-control">
      <legend>
        {t.statusLabel}: {t.phases[phase]}
      </legend>
      {PHASE_STATUSES.map((status) => (
        <label key={status} className="radio">
          <input
            type="radio"
            name={`status-${phase}`}
            checked={process.phases[phase] === status}
            onChange={() => record({ type: 'phaseStatusSet', phase, status })}
          />
          {t.statuses[status]}
        </label>
      ))}
    </fieldset>
  );
}
