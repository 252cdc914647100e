import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { daCore } from '../i18n/da/core';
import type { Dictionary } from '../i18n/dictionary';
import { usePacks } from '../i18n/packs';
import { useAppStore } from '../store/store';
import { renderWithStore, seedProcess } from '../test/renderWithStore';
import { Component as HomeRoute } from './HomeRoute';

describe('the home page', () => {
  it('needs only the core texts, which the app loads before it (the rest loads per page)', () => {
    const { id } = seedProcess();
    useAppStore.getState().eventRecorded(id, {
      type: 'meetingPlanned',
      meeting: 'dialogmoede1',
      at: '2031-03-01T09:00',
    });
    usePacks.setState({ da: daCore as Dictionary });
    renderWithStore(<HomeRoute />);
    expect(screen.getByRole('row', { name: /Solsikken/ })).toHaveTextContent(
      '1. dialogmøde: 1. marts 2031 kl. 09:00',
    );
  });
});
