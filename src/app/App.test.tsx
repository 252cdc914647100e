import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { usePacks } from '../i18n/packs';
import { useAppStore } from '../store/store';
import { App } from './App';

describe('App', () => {
  it('shows every text in the language chosen in the store, and follows a change', async () => {
    usePacks.setState({ en });
    useAppStore.setState({ hydrated: true, language: 'en' });
    // An unknown address: the shell and the not-found page, no page chunk to load.
    window.location.hash = '#/nowhere';
    render(<App />);
    expect(await screen.findByRole('link', { name: 'Skip to content' })).toBeInTheDocument();
    act(() => useAppStore.getState().languageChanged('da'));
    expect(await screen.findByRole('link', { name: 'Gå til indholdet' })).toBeInTheDocument();
  });
});
