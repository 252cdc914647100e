import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { createProcess, type ApvProcess } from '../domain/document';
import { ProcessIdProvider } from '../features/common/ProcessContext';
import { useAppStore } from '../store/store';

export function seedProcess(name = 'Solsikken'): ApvProcess {
  const process = createProcess({ id: 'p1', name, now: new Date('2026-11-25T10:00:00Z') });
  useAppStore.setState({ hydrated: true, processes: { [process.id]: process } });
  return process;
}

/** Renders UI inside a router and, when given, the page context of one process. */
export function renderWithStore(ui: ReactNode, processId?: string) {
  return render(
    <MemoryRouter>
      {processId ? <ProcessIdProvider value={processId}>{ui}</ProcessIdProvider> : ui}
    </MemoryRouter>,
  );
}

export const currentProcess = (id = 'p1') => useAppStore.getState().processes[id]!;
