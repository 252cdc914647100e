import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { exampleProcess } from '../../domain/export/exampleProcess.testHelper';
import { useAppStore } from '../../store/store';
import { renderWithStore } from '../../test/renderWithStore';
import { PlanPrint } from './PlanPrint';
import { RecordPrint } from './RecordPrint';

function seed(stage: Parameters<typeof exampleProcess>[0]) {
  useAppStore.setState({ processes: { p1: exampleProcess(stage) } });
}

describe('the APV-dokumentation print view', () => {
  it('shows every section of a process in follow-up, in the method’s order', () => {
    seed('followUp');
    renderWithStore(<RecordPrint />, 'p1');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'APV-dokumentation: Børnehuset Solsikken',
    );
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Processen',
      'Kortlægning: 1. dialogmøde',
      'Vurdering: vurderingsmødet',
      'Forslag: 2. dialogmøde',
      'Handleplan',
      'Sygefravær',
      'Opfølgning',
    ]);
    const mapping = screen.getByRole('region', { name: 'Kortlægning: 1. dialogmøde' });
    // Duplicates stay on the record, struck through.
    expect(within(mapping).getAllByText('Dublet af nr. 1')[0]!.closest('s')).not.toBeNull();
    const assessment = screen.getByRole('region', { name: 'Vurdering: vurderingsmødet' });
    expect(within(assessment).getByText('Afventer ny bus i 2028')).toBeInTheDocument();
    const plan = screen.getByRole('region', { name: 'Handleplan' });
    expect(within(plan).getByRole('columnheader', { name: 'Underskrift' })).toBeInTheDocument();
    expect(within(plan).getByText('Mette Kjær, Daglig leder')).toBeInTheDocument();
  });

  it('holds only what the process has reached', () => {
    seed('meeting1');
    renderWithStore(<RecordPrint />, 'p1');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Processen',
      'Kortlægning: 1. dialogmøde',
      'Sygefravær',
    ]);
  });

  it('the plan’s print view has the approvers with lines to sign', () => {
    seed('plan');
    renderWithStore(<PlanPrint />, 'p1');
    const approval = screen.getByRole('region', { name: 'Godkendelse' });
    const rows = within(approval).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'RolleNavnDatoUnderskrift',
      'LedelsenMette Kjær, Daglig leder18-02-2027',
      'ArbejdsmiljørepræsentantJens Ågaard, Pædagog18-02-2027',
    ]);
  });
});
