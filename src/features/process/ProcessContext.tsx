import { createContext, useContext } from 'react';
import type { ApvProcess } from '../../domain/document';
import type { ProcessEvent } from '../../domain/events';
import { useAppStore } from '../../store/store';

interface CurrentProcess {
  process: ApvProcess;
  record: (event: ProcessEvent) => void;
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
  if (!process) throw new Error(`Process ${id} is not loaded`);
  return { process, record: (event) => eventRecorded(id, event) };
}
