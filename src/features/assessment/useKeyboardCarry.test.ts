import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useKeyboardCarry } from './useKeyboardCarry';

const press = (key: string) => window.dispatchEvent(new KeyboardEvent('keydown', { key }));

describe('useKeyboardCarry', () => {
  it('counts a keyboard drag as carried only once an arrow key is pressed', () => {
    const { result } = renderHook(() => useKeyboardCarry());
    result.current.start(new KeyboardEvent('keydown', { key: ' ' }));
    press(' ');
    expect(result.current.carried()).toBe(false);
    press('ArrowUp');
    expect(result.current.carried()).toBe(true);
  });

  it('stops listening when the drag ends, and counts a pointer drag as carried', () => {
    const { result, unmount } = renderHook(() => useKeyboardCarry());
    result.current.start(new KeyboardEvent('keydown', { key: 'Enter' }));
    result.current.end();
    press('ArrowDown');
    expect(result.current.carried()).toBe(false);
    result.current.start(new MouseEvent('pointerdown'));
    expect(result.current.carried()).toBe(true);
    unmount();
  });
});
