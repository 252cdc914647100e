import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE } from '../../components/chunks';
import { themedList } from '../../domain/wishes/themes';
import { useAppStore } from '../../store/store';
import { currentProcess, renderWithStore, seedProcess } from '../../test/renderWithStore';
import { ThemeBoard } from './ThemeBoard';

const AT = '2026-11-25T10:00:00.000Z';

function setup() {
  seedProcess();
  const record = useAppStore.getState().eventRecorded;
  ['Ro i pausen', 'Fælles morgenmøde', 'Nye stole'].forEach((text, i) =>
    record('p1', {
      type: 'wishAdded',
      wishId: `w${i + 1}`,
      text,
      group: 1,
      at: AT,
    }),
  );
  const user = userEvent.setup();
  renderWithStore(<ThemeBoard />, 'p1');
  return user;
}

/** Picks a theme as a user does: the select lists every theme once it is in use. */
async function choose(
  user: ReturnType<typeof userEvent.setup>,
  select: HTMLElement,
  theme: string,
) {
  await user.click(select);
  await user.selectOptions(select, theme);
}

const layout = () =>
  themedList(currentProcess().wishes).map((g) => [
    g.theme?.name ?? null,
    g.rows.map((r) => r.wish.text),
  ]);

describe('ThemeBoard', () => {
  it('refuses empty and duplicate theme names with a clear message and changes nothing', async () => {
    const user = setup();
    const name = screen.getByLabelText('Navn på nyt tema');
    await user.click(screen.getByRole('button', { name: 'Opret tema' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Giv temaet et navn.');
    await user.type(name, 'Trivsel{Enter}');
    expect(currentProcess().wishes.themes.map((t) => t.name)).toEqual(['Trivsel']);
    await user.type(name, ' trivsel {Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Der findes allerede et tema med det navn');
    expect(currentProcess().wishes.themes).toHaveLength(1);
  });

  it('moves wishes into themes, orders them and reorders themes by keyboard', async () => {
    const user = setup();
    const name = screen.getByLabelText('Navn på nyt tema');
    await user.type(name, 'Pauser{Enter}');
    await user.type(name, 'Rammer{Enter}');
    await choose(user, screen.getByLabelText('Flyt »Nye stole« til tema'), 'Rammer');
    await choose(user, screen.getByLabelText('Flyt »Ro i pausen« til tema'), 'Rammer');
    expect(layout()).toEqual([
      ['Pauser', []],
      ['Rammer', ['Nye stole', 'Ro i pausen']],
      [null, ['Fælles morgenmøde']],
    ]);
    await user.click(screen.getByRole('button', { name: 'Flyt »Ro i pausen« op' }));
    expect(layout()[1]).toEqual(['Rammer', ['Ro i pausen', 'Nye stole']]);
    await user.click(screen.getByRole('button', { name: 'Flyt temaet »Rammer« op' }));
    expect(layout().map((g) => g[0])).toEqual(['Rammer', 'Pauser', null]);
    await user.click(screen.getByRole('button', { name: 'Omdøb temaet »Pauser«' }));
    const rename = screen.getByLabelText('Nyt navn');
    await user.clear(rename);
    await user.type(rename, 'rammer{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Der findes allerede et tema med det navn');
    await user.clear(rename);
    await user.type(rename, 'Pauser og ro{Enter}');
    expect(layout().map((g) => g[0])).toEqual(['Rammer', 'Pauser og ro', null]);
    const column = screen.getByRole('region', { name: /Rammer/ });
    expect(within(column).getAllByRole('listitem')).toHaveLength(2);
    // Drag handles are buttons, as axe and dnd-kit want.
    expect(within(column).getByRole('button', { name: 'Træk »Ro i pausen«' })).toBeInTheDocument();
  });

  it('lists the themes only in the select in use, which the keyboard reaches', async () => {
    const user = setup();
    const name = screen.getByLabelText('Navn på nyt tema');
    await user.type(name, 'Pauser{Enter}');
    await user.type(name, 'Rammer{Enter}');
    const options = (text: string) =>
      within(screen.getByLabelText(`Flyt »${text}« til tema`))
        .getAllByRole('option')
        .map((o) => o.textContent);
    expect(options('Ro i pausen')).toEqual(['Uden tema']);
    screen.getByRole('button', { name: 'Træk »Ro i pausen«' }).focus();
    await user.tab();
    expect(screen.getByLabelText('Flyt »Ro i pausen« til tema')).toHaveFocus();
    expect(options('Ro i pausen')).toEqual(['Uden tema', 'Pauser', 'Rammer']);
    expect(options('Nye stole')).toEqual(['Uden tema']);
    await user.selectOptions(screen.getByLabelText('Flyt »Ro i pausen« til tema'), 'Pauser');
    await user.tab();
    expect(layout()[0]).toEqual(['Pauser', ['Ro i pausen']]);
    expect(options('Ro i pausen')).toEqual(['Pauser']);
  });

  it('keeps focus in the list a wish leaves, on the wish that takes its place', async () => {
    const user = setup();
    await user.type(screen.getByLabelText('Navn på nyt tema'), 'Rammer{Enter}');
    const move = (text: string) => screen.getByLabelText(`Flyt »${text}« til tema`);
    await choose(user, move('Ro i pausen'), 'Rammer');
    expect(move('Fælles morgenmøde')).toHaveFocus();
    await choose(user, move('Nye stole'), 'Rammer');
    expect(move('Fælles morgenmøde')).toHaveFocus();
    // The last wish under no theme: focus follows it to its theme.
    await choose(user, move('Fælles morgenmøde'), 'Rammer');
    await waitFor(() => expect(move('Fælles morgenmøde')).toHaveFocus());
    expect(layout()).toEqual([
      ['Rammer', ['Ro i pausen', 'Nye stole', 'Fælles morgenmøde']],
      [null, []],
    ]);
  });

  it('moves focus across chunks of a long list, to the wish after the one moved', async () => {
    seedProcess();
    const record = useAppStore.getState().eventRecorded;
    const texts = Array.from({ length: 2 * CHUNK_SIZE }, (_, i) => `Ønske ${i + 1}`);
    texts.forEach((text, i) =>
      record('p1', { type: 'wishAdded', wishId: `w${i + 1}`, text, group: 1, at: AT }),
    );
    const user = userEvent.setup();
    renderWithStore(<ThemeBoard />, 'p1');
    await user.type(screen.getByLabelText('Navn på nyt tema'), 'Rammer{Enter}');
    const move = (text: string) => screen.getByLabelText(`Flyt »${text}« til tema`);
    // The last wish of the first chunk: the next one is the first of the second chunk.
    await choose(user, move(texts[CHUNK_SIZE - 1]!), 'Rammer');
    expect(move(texts[CHUNK_SIZE]!)).toHaveFocus();
    expect(layout()[0]).toEqual(['Rammer', [texts[CHUNK_SIZE - 1]]]);
  });

  // Skipped: since the layer-rules merge these jsdom runs lose the second lift (dnd-kit's
  // sensor); the same journeys run in Chromium in tests/e2e/themeKeyboardDrag.spec.ts.
  describe('keyboard drag', () => {
    // jsdom lays nothing out, so these go by the board's order of targets alone, as the
    // keyboard does; the e2e test sees the same on a real page.
    /** Two themes holding wishes (Ro i pausen under Pauser, Nye stole under Rammer). */
    async function filledBoard() {
      const user = setup();
      const name = screen.getByLabelText('Navn på nyt tema');
      await user.type(name, 'Pauser{Enter}');
      await user.type(name, 'Rammer{Enter}');
      await choose(user, screen.getByLabelText('Flyt »Ro i pausen« til tema'), 'Pauser');
      await choose(user, screen.getByLabelText('Flyt »Nye stole« til tema'), 'Rammer');
      const commentary = () => document.querySelector('[id^="DndLiveRegion"]')?.textContent;
      const handle = (text: string) => screen.getByRole('button', { name: `Træk »${text}«` });
      const lift = async (text: string) => {
        handle(text).focus();
        await user.keyboard(' ');
        expect(commentary()).toBe(`»${text}« er løftet.`);
      };
      /** Focus comes back to a dropped wish's handle in the next frame, as the user sees it. */
      const focusBack = (text: string) => waitFor(() => expect(handle(text)).toHaveFocus());
      return { user, lift, commentary, focusBack };
    }

    it('lifts a wish over its own place, and moves it into a theme, between themes and back', async () => {
      const { user, lift, commentary, focusBack } = await filledBoard();
      await lift('Fælles morgenmøde');
      await user.keyboard('{ArrowUp}');
      expect(commentary()).toBe('»Fælles morgenmøde« er over Rammer, plads 2 af 2.');
      await user.keyboard(' ');
      await waitFor(() =>
        expect(layout()).toEqual([
          ['Pauser', ['Ro i pausen']],
          ['Rammer', ['Nye stole', 'Fælles morgenmøde']],
          [null, []],
        ]),
      );
      expect(screen.getByText('»Fælles morgenmøde« står nu under Rammer.')).toBeInTheDocument();
      await focusBack('Fælles morgenmøde');

      await lift('Nye stole');
      await user.keyboard('{ArrowLeft}');
      expect(commentary()).toBe('»Nye stole« er over Pauser, plads 2 af 2.');
      await user.keyboard('{ArrowUp}');
      expect(commentary()).toBe('»Nye stole« er over Pauser, plads 1 af 2.');
      await user.keyboard('{Enter}');
      await waitFor(() => expect(layout()[0]).toEqual(['Pauser', ['Nye stole', 'Ro i pausen']]));
      await focusBack('Nye stole');

      await lift('Ro i pausen');
      await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
      expect(commentary()).toBe('»Ro i pausen« er over Uden tema.');
      await user.keyboard(' ');
      await waitFor(() =>
        expect(layout()).toEqual([
          ['Pauser', ['Nye stole']],
          ['Rammer', ['Fælles morgenmøde']],
          [null, ['Ro i pausen']],
        ]),
      );
    });

    it('leaves a wish where it was when dropped at once or called off', async () => {
      const { user, lift, commentary, focusBack } = await filledBoard();
      const before = layout();
      await lift('Fælles morgenmøde');
      await user.keyboard(' ');
      expect(commentary()).toBe('»Fælles morgenmøde« er sluppet og bliver, hvor det var.');
      await focusBack('Fælles morgenmøde');
      await lift('Nye stole');
      await user.keyboard(' ');
      expect(commentary()).toBe('»Nye stole« er sluppet og bliver, hvor det var.');
      await focusBack('Nye stole');
      await lift('Nye stole');
      await user.keyboard('{ArrowUp}');
      expect(commentary()).toBe('»Nye stole« er over Pauser, plads 2 af 2.');
      await user.keyboard('{Escape}');
      expect(commentary()).toBe('Flytningen af »Nye stole« er fortrudt.');
      expect(layout()).toEqual(before);
    });
  });
});
