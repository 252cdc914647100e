/** The attribute that marks where a completeness gap can be fixed. */
export const FOCUS_ATTR = 'data-focus';

/** The attribute of a closed initiative, which opens to show the field. */
export const FOCUS_OWNER_ATTR = 'data-focus-owner';

export const focusKey = (owner: string, gap: string) => `${owner}:${gap}`;

/** Moves focus to the first control inside the element marked with `key`, and shows it. */
export function focusField(key: string, tries = 10): void {
  const box = document.querySelector(`[${FOCUS_ATTR}="${CSS.escape(key)}"]`);
  if (!box) {
    // A closed initiative: open it, and look again once its editor is there.
    const owner = key.slice(0, key.indexOf(':'));
    const folded = document.querySelector<HTMLDetailsElement>(
      `details[${FOCUS_OWNER_ATTR}="${CSS.escape(owner)}"]`,
    );
    if (!folded || tries === 0) return;
    folded.open = true;
    setTimeout(() => focusField(key, tries - 1), 30);
    return;
  }
  const control = box.matches('input, select, textarea, button, a')
    ? (box as HTMLElement)
    : box.querySelector<HTMLElement>('input, select, textarea, button, a');
  control?.scrollIntoView?.({ block: 'center' });
  control?.focus();
}
