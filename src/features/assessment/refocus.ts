import { neighbourItem } from '../../components/chunkDom';

/**
 * Restores focus to a control after its row moved (React moves or remounts the node). By id,
 * not by selector: a selector query walks the whole 1,000-row board.
 */
export function refocus(...ids: string[]) {
  requestAnimationFrame(() => {
    for (const id of ids) {
      const element = document.getElementById(id);
      if (element && !element.hasAttribute('disabled')) {
        element.focus();
        return;
      }
    }
  });
}

/**
 * Before a row leaves its list: moves focus from its `select` to the same control in the row
 * that takes its place, or else in the row before, so the leader can go on down the list. Done
 * while the page is still unchanged, so focusing forces no style update and scrolls nothing.
 * Returns the id of the control now focused, or null when the row is alone in its list.
 */
export function focusSuccessor(row: Element, selector: string): string | null {
  const control = neighbourItem(row)?.querySelector<HTMLElement>(selector);
  control?.focus();
  return control?.id || null;
}

/** After the change: focuses the control again if the change remounted it (focus fell away). */
export function keepFocus(id: string) {
  requestAnimationFrame(() => {
    if (document.activeElement === document.body) document.getElementById(id)?.focus();
  });
}
