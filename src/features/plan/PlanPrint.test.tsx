import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  absenceBaseline,
  exampleFollowUp,
  examplePlan,
} from '../../domain/plan/exampleWorkplace.testHelper';
import { useAppStore } from '../../store/store';
import { renderWithStore, seedProcess } from '../../test/renderWithStore';
import { PlanPrint } from './PlanPrint';

function seedFollowedUp(followUp = exampleFollowUp()) {
  const process = seedProcess();
  useAppStore.setState({
    processes: {
      p1: { ...process, plan: examplePlan(), absence: { baseline: absenceBaseline }, followUp },
    },
  });
}

describe('the handleplan print view', () => {
  it('names the workplace in its heading', () => {
    seedFollowedUp();
    renderWithStore(<PlanPrint />, 'p1');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Handleplan: Solsikken');
  });

  it('prints the effect checks, absence against the baseline and what staff were told', () => {
    seedFollowedUp();
    renderWithStore(<PlanPrint />, 'p1');
    const section = screen.getByRole('region', { name: 'Opfølgning' });
    const tables = within(section).getAllByRole('table');
    expect(
      within(section)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual([
      'Tjek af effekten',
      'Sygefravær efter planens start',
      'Hvad personalet har fået at vide',
    ]);
    const [checks, absence, told] = tables as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(checks).getAllByRole('row')[1]).toHaveTextContent(
      /1\. Fast forberedelsestid.*01-06-2027.*03-06-2027.*Delvist/,
    );
    expect(within(absence).getAllByRole('row')).toHaveLength(4);
    expect(within(absence).getAllByRole('row')[3]).toHaveTextContent(
      /01-07-2027 – 31-12-2027.*4,4 %.*1,1 procentpoint under/,
    );
    expect(within(told).getAllByRole('row')[1]).toHaveTextContent(
      /22-02-2027.*Handleplanen fremlagt.*Personalemøde/,
    );
  });

  it('has no follow-up section before anything was followed up', () => {
    seedFollowedUp({
      ...exampleFollowUp(),
      checks: [],
      absenceMeasurements: [],
      communicationLog: [],
    });
    renderWithStore(<PlanPrint />, 'p1');
    expect(screen.queryByRole('region', { name: 'Opfølgning' })).not.toBeInTheDocument();
  });
});
