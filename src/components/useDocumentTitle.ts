import { useEffect } from 'react';

/**
 * Names the browser tab (and so the file name "Gem som PDF" suggests) while the page is shown;
 * the title before comes back when it goes.
 */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
}
