import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { currentProcess, renderWithStore } from '../../test/renderWithStore';
import { CompletenessPanel } from './CompletenessPanel';
import { InitiativesSection, OPEN_INITIATIVES } from './InitiativesSection';
import { PlanPage } from './PlanPage';
import { SHOWN_CHOICES } from '../common/wishOptions';
import { seedWithProposals, send } from '../../test/testSeed.testHelper';

function seedInitiative() {
  seedWithProposals();
  send({
    type: 'initiativeAdded',
    id: 'i1',
    fields: { title: 'Stillerum', start: '2027-03-01', deadline: '2027-06-01' },
  });
}

describe('InitiativeEditor', () => {
  it('refuses a deadline before the start with a Danish message beside the field, and stores nothing', async () => {
    seedInitiative();
    send({ type: 'initiativeChanged', id: 'i1', changes: { deadline: '' } });
    const user = userEvent.setup();
    renderWithStore(<InitiativesSection />, 'p1');
    const deadline = screen.getByLabelText('Frist');
    await user.type(deadline, '2027-02-01');
    await user.tab();
    expect(await screen.findByText(/Fristen ligger før startdatoen/)).toBeInTheDocument();
    expect(deadline).toHaveAttribute('aria-invalid', 'true');
    expect(currentProcess().plan.initiatives[0]!.deadline).toBe('');
    await user.clear(deadline);
    await user.type(deadline, '2027-05-15');
    await user.tab();
    expect(currentProcess().plan.initiatives[0]!.deadline).toBe('2027-05-15');
    expect(screen.queryByText(/Fristen ligger før startdatoen/)).not.toBeInTheDocument();
  });

  it('refuses a follow-up date before the start', async () => {
    seedInitiative();
    const user = userEvent.setup();
    renderWithStore(<InitiativesSection />, 'p1');
    await user.type(screen.getByLabelText('Ny opfølgningsdato'), '2027-02-01');
    await user.click(screen.getByRole('button', { name: 'Tilføj dato' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Opfølgningen ligger før startdatoen');
    expect(currentProcess().plan.initiatives[0]!.followUpDates).toEqual([]);
    await user.clear(screen.getByLabelText('Ny opfølgningsdato'));
    await user.type(screen.getByLabelText('Ny opfølgningsdato'), '2027-09-01');
    await user.click(screen.getByRole('button', { name: 'Tilføj dato' }));
    expect(currentProcess().plan.initiatives[0]!.followUpDates).toEqual(['2027-09-01']);
  });

  it('picks sources from the process and shows them as the Kilde with groups and marks', async () => {
    seedInitiative();
    const user = userEvent.setup();
    renderWithStore(<InitiativesSection />, 'p1');
    const kilde = screen.getByRole('region', { name: 'Kilde' });
    expect(kilde).toHaveTextContent('Ingen kilde valgt');
    await user.click(screen.getByText(/Vælg kilder/));
    await user.click(
      screen.getByRole('checkbox', { name: /Ro til fordybelse – 7 streger, gruppe 1/ }),
    );
    await user.click(
      screen.getByRole('checkbox', { name: /Et stillerum før frokost \(gruppe 2\)/ }),
    );
    const i = currentProcess().plan.initiatives[0]!;
    expect(i.sourceWishIds).toEqual(['w1']);
    expect(i.sourceProposalIds).toEqual(['p-b']);
    expect(kilde).toHaveTextContent('Ro til fordybelse');
    expect(kilde).toHaveTextContent('gruppe 1; 7 streger');
    expect(kilde).toHaveTextContent('Et stillerum før frokost');
    await user.click(screen.getByRole('checkbox', { name: /Ro til fordybelse/ }));
    expect(currentProcess().plan.initiatives[0]!.sourceWishIds).toEqual([]);
  });

  it('moves an initiative down', async () => {
    seedInitiative();
    send({ type: 'initiativeAdded', id: 'i2', fields: { title: 'Pauser' } });
    const user = userEvent.setup();
    renderWithStore(<InitiativesSection />, 'p1');
    await user.click(screen.getByRole('button', { name: 'Flyt »Stillerum« ned' }));
    expect(currentProcess().plan.initiatives.map((i) => i.id)).toEqual(['i2', 'i1']);
  });
});

describe('CompletenessPanel', () => {
  it('lists what is missing per initiative in Danish and leads to the field', async () => {
    seedInitiative();
    const user = userEvent.setup();
    renderWithStore(
      <>
        <CompletenessPanel />
        <InitiativesSection />
      </>,
      'p1',
    );
    const panel = screen.getByTestId('completeness');
    expect(within(panel).getByText('Planen som helhed')).toBeInTheDocument();
    expect(within(panel).getByText('Godkendelsesdato mangler')).toBeInTheDocument();
    expect(within(panel).getByText('Sygefraværet er ikke målt før processen')).toBeInTheDocument();
    expect(
      within(panel).getByRole('heading', { name: 'Indsats 1: Stillerum' }),
    ).toBeInTheDocument();
    expect(within(panel).getByText('Ansvarlig mangler')).toBeInTheDocument();
    expect(
      within(panel).getByText('Ingen kilde i processen (ønske eller forslag)'),
    ).toBeInTheDocument();
    expect(within(panel).getAllByText('Råd:')).toHaveLength(1);
    await user.click(
      within(panel).getByRole('button', { name: 'Ansvarlig mangler – gå til feltet' }),
    );
    const responsible = screen.getByLabelText('Ansvarlig');
    expect(responsible).toHaveFocus();
    await user.type(responsible, 'Leder Åse{Enter}');
    expect(within(panel).queryByText('Ansvarlig mangler')).not.toBeInTheDocument();
  });

  it('says the plan is complete when nothing but advice is left', () => {
    seedInitiative();
    send(
      {
        type: 'initiativeChanged',
        id: 'i1',
        changes: {
          how: 'h',
          problem: { kind: 'k', severity: 's', extent: 'e', causes: 'c' },
          responsible: 'r',
          success: 's',
          followUpDates: ['2027-09-01'],
          followUpMethod: 'm',
        },
      },
      { type: 'absenceConsiderationsSet', text: 'Mål: under 5 %' },
      { type: 'planApproved', date: '2027-02-20' },
      {
        type: 'absenceBaselineChanged',
        patch: { from: '2026-01-01', to: '2026-12-31', plannedWorkdays: 1000, daysLost: 50 },
      },
    );
    renderWithStore(<CompletenessPanel />, 'p1');
    const panel = screen.getByTestId('completeness');
    expect(within(panel).getByRole('status')).toHaveTextContent('klar til eksport');
    // The missing source is advice only: flagged, but the plan counts as complete.
    expect(
      within(panel).getByText('Ingen kilde i processen (ønske eller forslag)'),
    ).toBeInTheDocument();
  });
});

describe('PlanPage', () => {
  const headings = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);

  it('opens with meeting 2 while there is no initiative, then with the goals and initiatives', () => {
    seedWithProposals();
    const view = renderWithStore(<PlanPage meeting2={<p>Møde 2</p>} />, 'p1');
    const meeting2 = headings().findIndex((h) => /2\. dialogmøde/.test(h ?? ''));
    expect(meeting2).toBe(0);
    view.unmount();
    seedInitiative();
    renderWithStore(<PlanPage meeting2={<p>Møde 2</p>} />, 'p1');
    const order = headings();
    const goals = order.findIndex((h) => /mål/i.test(h ?? ''));
    const again = order.findIndex((h) => /2\. dialogmøde/.test(h ?? ''));
    expect(goals).toBe(0);
    expect(again).toBeGreaterThan(goals);
  });
});

const at = '2027-01-12T13:30:00.000Z';

describe('SourcePicker on a long gross list', () => {
  it('builds its lists only when open, shows the chosen and a few, and finds the rest by search', async () => {
    seedInitiative();
    for (let i = 1; i <= 120; i++) {
      send({ type: 'wishAdded', wishId: `many-${i}`, text: `Ønske nummer ${i}`, group: 1, at });
    }
    send({ type: 'initiativeChanged', id: 'i1', changes: { sourceWishIds: ['many-117'] } });
    const user = userEvent.setup();
    renderWithStore(<InitiativesSection />, 'p1');
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);

    await user.click(screen.getByText(/Vælg kilder/));
    const wishes = screen.getByRole('group', { name: 'Ønsker fra bruttolisten' });
    // The chosen wish and SHOWN_CHOICES others, out of all the process's wishes.
    expect(within(wishes).getAllByRole('checkbox')).toHaveLength(SHOWN_CHOICES + 1);
    expect(within(wishes).getByRole('checkbox', { name: /Ønske nummer 117 –/ })).toBeChecked();
    expect(within(wishes).getByRole('status')).toHaveTextContent(/Viser 41 af 1\d\d\./);

    await user.type(screen.getByLabelText('Søg i ønsker og forslag'), 'nummer 99');
    expect(
      within(wishes)
        .getAllByRole('checkbox')
        .map((c) => c.closest('label')?.textContent),
    ).toEqual([
      expect.stringMatching(/^Ønske nummer 99 –/),
      expect.stringMatching(/^Ønske nummer 117 –/),
    ]);
    await user.click(within(wishes).getByRole('checkbox', { name: /Ønske nummer 99 –/ }));
    expect(currentProcess().plan.initiatives[0]!.sourceWishIds).toEqual(['many-117', 'many-99']);
  });
});

describe('InitiativesSection with many initiatives', () => {
  it('shows each closed, builds its editor when opened, and opens one to fix a gap', async () => {
    seedInitiative();
    for (let n = 2; n <= OPEN_INITIATIVES + 1; n++) {
      send({ type: 'initiativeAdded', id: `i${n}`, fields: { title: `Indsats nummer ${n}` } });
    }
    const user = userEvent.setup();
    renderWithStore(
      <>
        <CompletenessPanel />
        <InitiativesSection />
      </>,
      'p1',
    );
    expect(screen.queryAllByLabelText('Frist')).toHaveLength(0);
    await user.click(screen.getByText(/Indsats nummer 3 \(Ikke startet\)/));
    expect(screen.getAllByLabelText('Frist')).toHaveLength(1);
    await user.type(screen.getByLabelText('Frist'), '2027-09-01');
    await user.tab();
    expect(currentProcess().plan.initiatives[2]!.deadline).toBe('2027-09-01');

    // The check's way to a field of a closed initiative opens it and puts the focus there.
    const gaps = screen.getAllByRole('button', { name: 'Ansvarlig mangler – gå til feltet' });
    await user.click(gaps.at(-1)!);
    await waitFor(() => expect(screen.getAllByLabelText('Ansvarlig').at(-1)).toHaveFocus());
    expect(screen.getAllByLabelText('Frist')).toHaveLength(2);
  });
});
