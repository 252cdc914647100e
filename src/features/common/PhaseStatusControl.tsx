import type { PhaseId } from '../../domain/process/phases';
import { PHASE_STATUSES } from '../../domain/process/phases';
import { readPhases } from '../../domain/process/derivedPhases';
import { useT } from '../../i18n/useT';
import { useCurrentProcess } from './ProcessContext';

/**
 * A phase's status follows what happened; the AMG may still set it by hand, and then it
 * shows as set by hand until they let it follow what happened again.
 */
export function PhaseStatusControl({ phase }: { phase: PhaseId }) {
  const { process, record } = useCurrentProcess();
  const t = useT().process;
  const reading = readPhases(process)[phase];
  const override = process.phases[phase];
  return (
    <fieldset className="status-control">
      <legend>
        {t.statusLabel}: {t.phases[phase]}
      </legend>
      <p className="field-hint">{t.override.hint}</p>
      <label className="radio">
        <input
          type="radio"
          name={`status-${phase}`}
          checked={override === null}
          onChange={() => record({ type: 'phaseStatusSet', phase, status: null })}
        />
        {t.override.follow(t.statuses[reading.derived])}
      </label>
      {PHASE_STATUSES.map((status) => (
        <label key={status} className="radio">
          <input
            type="radio"
            name={`status-${phase}`}
            checked={override === status}
            onChange={() => record({ type: 'phaseStatusSet', phase, status })}
          />
          {t.statuses[status]}
        </label>
      ))}
      {reading.overridden ? (
        <p className="message info" role="status">
          {t.override.notice(t.statuses[reading.derived])}
        </p>
      ) : null}
    </fieldset>
  );
}
