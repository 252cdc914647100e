import { createContext, useContext } from 'react';
import type { ApvProcess } from '../../domain/document';
import type { ProcessEvent } from '../../domain/events';
import { useT } from '../../i18n/useT';
import { useAppStore, type RecordOutcome } from '../../store/store';

interface CurrentProcess {
  process: ApvProcess;
  /** Records an event; the outcome says whether the domain took it, and if not, why. */
  record: <E extends ProcessEvent>(event: E) => RecordOutcome<E>;
  /** Records an event; returns the message for why it was refused, or null when it was taken. */
  commit: (event: ProcessEvent) => string | null;
}

const ProcessContext = createContext<string | null>(null);
export const ProcessIdProvider = ProcessContext.Provider;

/** The id of the process the current page is about, without subscribing to its changes. */
export function useProcessId(): string {
  const id = useContext(ProcessContext);
  if (id === null) throw new Error('useProcessId outside a process page');
  return id;
}

/** The process the current page is about, and the way to change it. */
export function useCurrentProcess(): CurrentProcess {
  const id = useContext(ProcessContext);
  if (id === null) throw new Error('useCurrentProcess outside a process page');
  const process = useAppStore((s) => s.processes[id]);
  const eventRecorded = useAppStore((s) => s.eventRecorded);
  const refused = useT().refused;
  if (!process) throw new Error(`Process ${id} is not loaded`);
  const record = <E extends ProcessEvent>(event: E) => eventRecorded(id, event);
  const commit = (event: ProcessEvent) => {
    const outcome = record(event);
    return outcome.ok ? null : refused[outcome.reason];
  };
  return { process, record, commit };
}
