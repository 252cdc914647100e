import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  absenceBaseline,
  exampleFollowUp,
  examplePlan,
} from '../../domain/plan/exampleWorkplace.testHelper';
import { exampleProcess } from '../../domain/export/exampleProcess.testHelper';
import { useAppStore } from '../../store/store';
import { renderWithStore, seedProcess } from '../../test/renderWithStore';
import { PlanPrint } from './PlanPrint';
import { PAGE_WORDS_PROPERTY } from './PrintPage';

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

  it('opens with the summary, then one block per initiative instead of a wide table', () => {
    seedFollowedUp();
    renderWithStore(<PlanPrint />, 'p1');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Overordnede mål',
      'Indsatserne kort',
      'Indsatserne',
      'Sygefravær',
      'Opfølgning',
    ]);
    const summary = screen.getByRole('region', { name: 'Indsatserne kort' });
    const header = within(summary).getAllByRole('columnheader');
    expect(header.map((h) => h.textContent)).toEqual([
      'Nr.',
      'Indsats',
      'Ansvarlig',
      'Start',
      'Frist',
      'Status',
    ]);
    expect(within(summary).getAllByRole('row')).toHaveLength(examplePlan().initiatives.length + 1);
    const blocks = screen.getByRole('region', { name: 'Indsatserne' });
    expect(blocks).toHaveClass('new-page');
    expect(within(blocks).queryByRole('table')).not.toBeInTheDocument();
    const titles = within(blocks).getAllByRole('heading', { level: 3 });
    expect(titles.map((h) => h.textContent)).toEqual(
      examplePlan().initiatives.map((i, n) => `${n + 1}. ${i.title}`),
    );
    // The first block's fields, Kilde with the wishes among them.
    const first = titles[0]!.nextElementSibling as HTMLElement;
    const terms = within(first)
      .getAllByRole('term')
      .map((t) => t.textContent);
    expect(terms).toEqual(expect.arrayContaining(['Hvad og hvordan', 'Problem', 'Kilde']));
    expect(within(first).getByText('Kilde').nextElementSibling).toHaveTextContent('Ingen kilde');
  });

  it('shows Kilde as the screen does: the wishes with their marks and the proposals', () => {
    useAppStore.setState({ processes: { p1: exampleProcess('followUp') } });
    renderWithStore(<PlanPrint />, 'p1');
    const blocks = screen.getByRole('region', { name: 'Indsatserne' });
    const source = within(blocks).getAllByText('Kilde')[0]!.nextElementSibling;
    expect(source).toHaveTextContent(/^Ønsker: .*streger.*Forslag: .*»/);
  });

  it('numbers the printed pages in the dictionary’s words, and stops when it closes', () => {
    seedFollowedUp();
    const { unmount } = renderWithStore(<PlanPrint />, 'p1');
    const words = () => document.documentElement.style.getPropertyValue(PAGE_WORDS_PROPERTY);
    expect(words()).toBe('"Side " counter(page) " af " counter(pages)');
    unmount();
    expect(words()).toBe('');
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
