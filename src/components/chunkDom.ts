/** The class of a ChunkedList's chunk element. */
export const CHUNK_CLASS = 'list-chunk';

/** The item after `item` in a chunked or plain list (or else the one before), if any. */
export function neighbourItem(item: Element): Element | null {
  const parent = item.parentElement;
  const chunk = parent?.classList.contains(CHUNK_CLASS) ? parent : null;
  return (
    item.nextElementSibling ??
    chunk?.nextElementSibling?.firstElementChild ??
    item.previousElementSibling ??
    chunk?.previousElementSibling?.lastElementChild ??
    null
  );
}
