import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { phoneDa } from '../i18n/da/phone';
import { PhoneApp } from './PhoneApp';

afterEach(() => {
  window.location.hash = '';
});

describe('the phone page opened at the short address', () => {
  it('asks for the room’s code and opens the room it names, however it was typed', async () => {
    render(<PhoneApp />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(phoneDa.codeLabel), 'k7p29-xqm4h');
    await user.click(screen.getByRole('button', { name: phoneDa.codeJoin }));
    expect(window.location.hash).toBe('#K7P29XQM4H');
    expect(await screen.findByText(phoneDa.connecting)).toBeVisible();
  });

  it('says so when the code cannot be read, and stays on the form', async () => {
    render(<PhoneApp />);
    const user = userEvent.setup();
    const field = screen.getByLabelText(phoneDa.codeLabel);
    await user.type(field, 'K7P29{Enter}');
    expect(window.location.hash).toBe('');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(phoneDa.codeWrong(10));
  });

  it('offers the code form beside the message when the link is broken', () => {
    window.location.hash = '#not-a-room';
    render(<PhoneApp />);
    expect(screen.getByText(phoneDa.badLink)).toBeVisible();
    expect(screen.getByLabelText(phoneDa.codeLabel)).toBeVisible();
  });
});
