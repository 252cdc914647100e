import { useEffect, useRef, useState } from 'react';
import { plannedMinutes, type AgendaStep } from '../../domain/agenda/agenda';
import type { MeetingKey } from '../../domain/agenda/ids';
import type { MeetingRun } from '../../domain/agenda/section';
import { currentStep, timerStatus } from '../../domain/agenda/timer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useT } from '../../i18n/useT';
import { useCurrentProcess } from '../common/ProcessContext';
import { AddBreakForm } from './AddBreakForm';
import { AgendaStepRow } from './AgendaStepRow';

/** The agenda before and during the meeting: each step's settings, breaks, and a reset. */
export function AgendaSettings({ meeting, run }: { meeting: MeetingKey; run: MeetingRun }) {
  const { record } = useCurrentProcess();
  const t = useT();
  const ts = t.meeting.settings;
  const [confirmReset, setConfirmReset] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);
  const moved = useRef<{ stepId: string; direction: 'up' | 'down' } | null>(null);
  const status = timerStatus(run.timer);
  const running = status === 'running' || status === 'paused';
  const liveId = running ? currentStep(run.timer, run.agenda)?.step.id : undefined;
  const { steps } = run.agenda;

  // Keep the focus on the moved step's button (or its other one, at the end of the list).
  useEffect(() => {
    const target = moved.current;
    if (!target || !listRef.current) return;
    moved.current = null;
    const row = listRef.current.querySelector(`[data-step-id="${CSS.escape(target.stepId)}"]`);
    const same = row?.querySelector<HTMLButtonElement>(`[data-move="${target.direction}"]`);
    const other = row?.querySelector<HTMLButtonElement>(
      `[data-move="${target.direction === 'up' ? 'down' : 'up'}"]`,
    );
    (same && !same.disabled ? same : other)?.focus();
  }, [steps]);

  const move = (step: AgendaStep, toIndex: number, direction: 'up' | 'down') => {
    moved.current = { stepId: step.id, direction };
    record({ type: 'stepMoved', meeting, stepId: step.id, toIndex });
  };

  return (
    <section aria-labelledby="agenda-title" className="card agenda-settings">
      <h2 id="agenda-title">{ts.heading}</h2>
      <p className="field-hint">{ts.intro}</p>
      <p className="agenda-total">{ts.total(plannedMinutes(run.agenda))}</p>
      <ol className="plain-list agenda-list" ref={listRef}>
        {steps.map((step, index) => (
          <AgendaStepRow
            key={step.id}
            meeting={meeting}
            step={step}
            index={index}
            count={steps.length}
            live={step.id === liveId}
            onMove={move}
          />
        ))}
      </ol>
      <AddBreakForm meeting={meeting} agenda={run.agenda} />
      <div className="agenda-reset">
        <button
          type="button"
          className="button"
          disabled={running}
          aria-describedby={running ? 'reset-hint' : undefined}
          onClick={() => setConfirmReset(true)}
        >
          {ts.reset}
        </button>
        {running ? (
          <p className="field-hint" id="reset-hint">
            {ts.resetWhileRunning}
          </p>
        ) : null}
      </div>
      <ConfirmDialog
        open={confirmReset}
        title={ts.resetTitle}
        onCancel={() => setConfirmReset(false)}
        actions={[
          { label: t.common.actions.cancel, onClick: () => setConfirmReset(false) },
          {
            label: ts.resetConfirm,
            tone: 'danger',
            onClick: () => {
              setConfirmReset(false);
              record({ type: 'agendaReset', meeting });
            },
          },
        ]}
      >
        <p>{ts.resetBody}</p>
      </ConfirmDialog>
    </section>
  );
}
