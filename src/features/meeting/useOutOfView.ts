import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether the element is scrolled out of the viewport. False where the browser cannot tell
 * (no IntersectionObserver), so what depends on it stays hidden rather than doubling up.
 */
export function useOutOfView(ref: RefObject<Element | null>): boolean {
  const [out, setOut] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => setOut(!entry?.isIntersecting));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return out;
}
