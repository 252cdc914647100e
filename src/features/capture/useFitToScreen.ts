import { useLayoutEffect, type RefObject } from 'react';

/** Smallest share of the base type size we shrink to; below it the page scrolls instead. */
export const MIN_FIT_SCALE = 0.45;

/**
 * Shrinks the element's type (everything inside is sized in em) until it fits between its
 * top and the bottom of the window, so a projected wall needs no scrolling. Re-fits when
 * `content` changes and when the window is resized.
 */
export function useFitToScreen(ref: RefObject<HTMLElement | null>, content: string): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fit = () => {
      el.style.removeProperty('font-size');
      const base = parseFloat(getComputedStyle(el).fontSize);
      const available = window.innerHeight - el.getBoundingClientRect().top;
      if (!base || available <= 0) return;
      const fits = (scale: number) => {
        el.style.fontSize = `${base * scale}px`;
        return el.scrollHeight <= available + 1;
      };
      if (fits(1)) return;
      // The largest scale that fits, to within 1 %: columns change as the type shrinks,
      // so a fixed step would often stop well short of the best size.
      let low = MIN_FIT_SCALE;
      let high = 1;
      while (high - low > 0.01) {
        const mid = (low + high) / 2;
        if (fits(mid)) low = mid;
        else high = mid;
      }
      fits(low);
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [ref, content]);
}
