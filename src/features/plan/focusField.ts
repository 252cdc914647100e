/** The attribute that marks where a completeness gap can be fixed. */
export const FOCUS_ATTR = 'data-focus';

export const focusKey = (owner: string, gap: string) => `${owner}:${gap}`;

/** Moves focus to the first control inside the element marked with `key`, and shows it. */
export function focusField(key: string): void {
  const box = document.querySelector(`[${FOCUS_ATTR}="${CSS.escape(key)}"]`);
  if (!box) return;
  const control = box.matches('input, select, textarea, button, a')
    ? (box as HTMLElement)
    : box.querySelector<HTMLElement>('input, select, textarea, button, a');
  control?.scrollIntoView?.({ block: 'center' });
  control?.focus();
}
