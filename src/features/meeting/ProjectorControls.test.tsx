import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProjectorView } from '../../domain/projector/projector';
import { announceProjectorStatus } from '../../store/projectorStatus';
import { useAppStore } from '../../store/store';
import { currentProcess, renderWithStore, seedProcess } from '../../test/renderWithStore';
import { ProjectorControls } from './ProjectorControls';

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 30)));
const show = (view: ProjectorView) =>
  act(() => {
    useAppStore
      .getState()
      .eventRecorded('p1', { type: 'projectorShown', meeting: 'meeting1', view });
  });
/** The projector window, as it tells the laptop how many pages it made. */
async function projectorSays(view: ProjectorView, count: number) {
  stops.push(announceProjectorStatus('p1', { sound: 'on', pages: { view, count } }));
  await settle();
}
const page = () => currentProcess().projector.page;
const pages = () => within(screen.getByRole('group', { name: 'Sider på projektoren' }));

describe('turning the projector’s pages from the laptop', () => {
  it('turns pages with the buttons and Page Down / Page Up, within the pages there are', async () => {
    seedProcess();
    const user = userEvent.setup();
    renderWithStore(<ProjectorControls meeting="meeting1" />, 'p1');
    await show('themedList');
    expect(screen.queryByRole('group', { name: 'Sider på projektoren' })).not.toBeInTheDocument();
    await projectorSays('themedList', 3);

    expect(pages().getByRole('status')).toHaveTextContent('Projektoren viser side 1 af 3');
    expect(pages().getByRole('button', { name: 'Forrige side' })).toBeDisabled();
    await user.click(pages().getByRole('button', { name: 'Næste side' }));
    expect(page()).toBe(1);
    expect(pages().getByRole('status')).toHaveTextContent('Projektoren viser side 2 af 3');

    await user.keyboard('{PageDown}');
    expect(page()).toBe(2);
    expect(pages().getByRole('button', { name: 'Næste side' })).toBeDisabled();
    await user.keyboard('{PageDown}');
    expect(page()).toBe(2);
    await user.keyboard('{PageUp}');
    expect(page()).toBe(1);

    // A key acts on the pages, never on the button that has focus.
    const previous = pages().getByRole('button', { name: 'Forrige side' });
    previous.focus();
    await user.keyboard('{PageDown}');
    expect(page()).toBe(2);
    expect(previous).toHaveFocus();
  });

  it('leaves Page Down to a field being typed in, and to a view that does not page', async () => {
    seedProcess();
    const user = userEvent.setup();
    renderWithStore(<ProjectorControls meeting="meeting1" />, 'p1');
    await show('ranking');
    await projectorSays('ranking', 2);
    const field = document.createElement('textarea');
    document.body.append(field);
    field.focus();
    await user.keyboard('{PageDown}');
    expect(page()).toBe(0);
    field.remove();

    // Another view starts at its first page, and pages only once the projector says so.
    await user.keyboard('{PageDown}');
    expect(page()).toBe(1);
    await show('gallery');
    expect(page()).toBe(0);
    expect(screen.queryByRole('group', { name: 'Sider på projektoren' })).not.toBeInTheDocument();
    await user.keyboard('{PageDown}');
    expect(page()).toBe(0);
  });
});
