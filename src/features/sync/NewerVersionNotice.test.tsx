import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { en } from '../../i18n/en';
import { usePacks } from '../../i18n/packs';
import { receive } from '../../store/sync';
import { useAppStore } from '../../store/store';
import { SYNC_PROTOCOL } from '../../store/syncMessages';
import { SCHEMA_VERSION } from '../../domain/version';
import { NewerVersionNotice } from './NewerVersionNotice';
import { LanguageProvider } from '../../i18n/useT';

describe('NewerVersionNotice', () => {
  it('says nothing while every window runs this version', () => {
    render(<NewerVersionNotice reload={() => {}} />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks the user to reload when a newer window speaks, and reloads on the button', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const reload = vi.fn();
    render(<NewerVersionNotice reload={reload} />);
    act(() =>
      receive(
        { kind: 'hello', protocol: SYNC_PROTOCOL, schemaVersion: SCHEMA_VERSION + 1 },
        () => {},
      ),
    );
    const alert = screen.getByRole('alert', { name: 'Der er kommet en nyere version af appen' });
    expect(alert).toHaveTextContent('Genindlæs siden for at fortsætte.');
    await userEvent.click(screen.getByRole('button', { name: 'Genindlæs siden' }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('speaks English when the user chose it', () => {
    usePacks.setState({ en });
    useAppStore.setState((s) => ({ language: 'en', sync: { ...s.sync, newerVersion: true } }));
    render(
      <LanguageProvider value="en">
        <NewerVersionNotice reload={() => {}} />
      </LanguageProvider>,
    );
    expect(
      screen.getByRole('alert', { name: 'A newer version of the app is available' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
  });
});
