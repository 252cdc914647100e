import { useEffect } from 'react';

/**
 * Puts one CSS rule (e.g. `@page { size: A3 }`) on the document while the component is
 * shown. A constructed style sheet rather than an inline <style> element: the app's
 * Content-Security-Policy (style-src 'self') blocks inline styles, not the CSSOM.
 */
export function usePageRule(rule: string): void {
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rule);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [rule]);
}
