import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { currentProcess, renderWithStore } from '../../test/renderWithStore';
import { seedWithProposals, seedWithWishes, send } from '../../test/testSeed.testHelper';
import { SHOWN_CHOICES } from '../common/wishOptions';
import { agendaDa } from '../../i18n/da/agenda';
import { planDa } from '../../i18n/da/plan';
import { Meeting2Capture } from './Meeting2Capture';

describe('Meeting2Capture', () => {
  it('step 1: a group chooses a wish from the themed list and enters 3 proposals with Enter', async () => {
    seedWithWishes();
    const user = userEvent.setup();
    renderWithStore(<Meeting2Capture stepId="m2-priority" />, 'p1');
    const select = screen.getByLabelText('Ønske');
    // The options carry marks and groups, under their theme.
    expect(
      within(select).getByRole('option', { name: /Ro til fordybelse \(7 streger · gruppe 1\)/ }),
    ).toBeInTheDocument();
    await user.selectOptions(select, 'w1');
    expect(currentProcess().meeting2.groupChoices).toEqual([{ group: 1, wishIds: ['w1'] }]);
    const group = screen.getByRole('group', { name: 'Gruppe 1' });
    const input = within(group).getByLabelText('Nyt forslag');
    await user.type(input, 'Stille rum{Enter}Mødefri fredag{Enter}');
    expect(input).toHaveFocus();
    expect(input).toHaveValue('');
    await user.type(input, 'Skilt på døren{Enter}');
    // The third is the last the method asks for: the field gives way to a note, which has focus.
    const full = within(group).getByText(/^Gruppen har sine 3 forslag\./);
    expect(full).toHaveFocus();
    expect(within(group).queryByLabelText('Nyt forslag')).not.toBeInTheDocument();
    const proposals = currentProcess().meeting2.proposals;
    expect(proposals.map((p) => p.text)).toEqual([
      'Stille rum',
      'Mødefri fredag',
      'Skilt på døren',
    ]);
    expect(proposals.every((p) => p.origin.step === 'groupOfFour' && p.origin.group === 1)).toBe(
      true,
    );
    expect(within(group).getByText('3 af 3 forslag')).toBeInTheDocument();
  });

  it('step 1: a small group may add a second wish, never a third', async () => {
    seedWithWishes();
    const user = userEvent.setup();
    renderWithStore(<Meeting2Capture stepId="m2-priority" />, 'p1');
    await user.selectOptions(screen.getByLabelText('Ønske'), 'w1');
    const group = screen.getByRole('group', { name: 'Gruppe 1' });
    await user.selectOptions(within(group).getByLabelText(/Andet ønske/), 'w2');
    expect(currentProcess().meeting2.groupChoices[0]!.wishIds).toEqual(['w1', 'w2']);
    expect(within(group).getAllByRole('combobox')).toHaveLength(2);
  });

  it('step 2: proposals go under the heading they were written under', async () => {
    seedWithProposals();
    const user = userEvent.setup();
    renderWithStore(<Meeting2Capture stepId="m2-action" />, 'p1');
    const leader = screen.getByRole('group', {
      name: 'LEDEREN: hvad kan lederen gøre på en ny måde?',
    });
    await user.type(within(leader).getByLabelText('Nyt forslag'), 'Faste 1:1-samtaler{Enter}');
    const added = currentProcess().meeting2.proposals.at(-1)!;
    expect(added).toMatchObject({
      wishId: 'w1',
      text: 'Faste 1:1-samtaler',
      origin: { step: 'interestGroup', heading: 'leader' },
    });
  });

  it('step 2: a folded hint holds the prompts the groups talk through under each heading', async () => {
    seedWithProposals();
    const user = userEvent.setup();
    renderWithStore(<Meeting2Capture stepId="m2-action" />, 'p1');
    const summary = screen.getByText(planDa.meeting2.promptsSummary);
    const hint = summary.closest('details')!;
    expect(hint).not.toHaveAttribute('open');
    await user.click(summary);
    expect(hint).toHaveAttribute('open');
    const leaderPrompts = agendaDa.headingPrompts['m2h-leader'];
    expect(
      within(hint).getByText(planDa.meeting2.headingShort.leader).nextSibling,
    ).toHaveTextContent(`${leaderPrompts.think} ${leaderPrompts.act} ${leaderPrompts.contribute}`);
    // The concrete first step is the same under every heading: said once.
    expect(within(hint).getAllByText(leaderPrompts.start)).toHaveLength(1);
  });

  it('step 3: joins proposals by theme, keeps the originals, and can undo the join', async () => {
    seedWithProposals();
    const user = userEvent.setup();
    renderWithStore(<Meeting2Capture stepId="m2-presentation" />, 'p1');
    await user.click(screen.getByRole('button', { name: 'Saml de valgte forslag' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Vælg mindst to forslag');
    await user.click(screen.getByRole('checkbox', { name: /Stille rum om formiddagen/ }));
    await user.click(screen.getByRole('checkbox', { name: /Et stillerum før frokost/ }));
    await user.type(screen.getByLabelText('Tema'), 'Stillerum');
    await user.type(screen.getByLabelText('Fælles formulering'), 'Et stillerum hver formiddag');
    await user.click(screen.getByRole('button', { name: 'Saml de valgte forslag' }));
    const m2 = currentProcess().meeting2;
    expect(m2.joins).toHaveLength(1);
    expect(m2.joins[0]!.proposalIds).toEqual(['p-a', 'p-b']);
    expect(m2.proposals).toHaveLength(2);
    const joined = screen.getByRole('group', { name: 'Samlede forslag' });
    expect(within(joined).getByText(/Stille rum om formiddagen/)).toBeInTheDocument();
    await user.click(within(joined).getByRole('button', { name: 'Fortryd samlingen' }));
    expect(currentProcess().meeting2.joins).toEqual([]);
    expect(screen.getByRole('checkbox', { name: /Stille rum om formiddagen/ })).toBeInTheDocument();
  });

  it('renders nothing for a step that is not meeting 2', () => {
    seedWithWishes();
    const { container } = renderWithStore(<Meeting2Capture stepId="m1-intro" />, 'p1');
    expect(container).toBeEmptyDOMElement();
  });
});

describe('the wish choice on a long gross list', () => {
  it('lists the chosen wish and a few others, and finds the rest by search', async () => {
    seedWithWishes();
    for (let i = 1; i <= 90; i++) {
      send({
        type: 'wishAdded',
        wishId: `many-${i}`,
        text: `Ønske nummer ${i}`,
        group: 1,
        at: '2027-01-12T13:30:00.000Z',
      });
    }
    const user = userEvent.setup();
    renderWithStore(<Meeting2Capture stepId="m2-priority" />, 'p1');
    const select = screen.getByLabelText('Ønske');
    // The empty choice and SHOWN_CHOICES wishes.
    expect(within(select).getAllByRole('option')).toHaveLength(SHOWN_CHOICES + 1);
    expect(screen.getByText(/Listen viser 40 af 9\d ønsker\./)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Søg: ønske'), 'nummer 87');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['– vælg et ønske –', expect.stringMatching(/^Ønske nummer 87 /)]);
    await user.selectOptions(select, 'many-87');
    expect(currentProcess().meeting2.groupChoices).toEqual([{ group: 1, wishIds: ['many-87'] }]);
  });
});
