import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNow } from './useNow';

describe('useNow', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads the time from the clock it is given, again after each interval', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const start = new Date('2027-01-12T13:00:00Z');
    const later = new Date('2027-01-12T13:01:00Z');
    let current = start;
    const clock = { now: () => current };
    const { result } = renderHook(() => useNow(clock, 60_000));
    expect(result.current).toBe(start);
    current = later;
    act(() => vi.advanceTimersByTime(60_000));
    expect(result.current).toBe(later);
  });
});
