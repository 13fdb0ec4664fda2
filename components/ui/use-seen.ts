"use client";

import { useCallback, useRef, useState } from "react";

/**
 * Whether the element given to `ref` has come into view at least once (an IntersectionObserver that stops at the
 * first sighting), to read data only for what the user scrolls to.
 */
export function useSeen<T extends Element>(): { ref: (element: T | null) => void; seen: boolean } {
  const [seen, setSeen] = useState(false);
  const observer = useRef<IntersectionObserver | null>(null);
  const ref = useCallback((element: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element) return;
    observer.current = new IntersectionObserver((entries, self) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      self.disconnect();
      setSeen(true);
    });
    observer.current.observe(element);
  }, []);
  return { ref, seen };
}
