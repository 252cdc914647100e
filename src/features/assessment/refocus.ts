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
