"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback } from "react";
import { PRESENT_PARAM, withPresentation } from "./presentation-url";

/** Set while the user turns the mode off, so the sync does not put `?present=1` back. */
export const leaving = { current: false };

/** Presentation mode lives in the URL (`?present=1`), so a shared link opens in it. */
export function usePresentation(): { on: boolean; set: (on: boolean) => void; toggle: () => void } {
  const params = useSearchParams();
  const pathname = usePathname();
  const router = useRouter();
  const on = params.get(PRESENT_PARAM) === "1";
  const set = useCallback(
    (next: boolean) => {
      leaving.current = !next;
      const query = params.toString();
      const href = withPresentation(`${pathname}${query ? `?${query}` : ""}${window.location.hash}`, next);
      router.replace(href, { scroll: false });
    },
    [params, pathname, router],
  );
  return { on, set, toggle: useCallback(() => set(!on), [set, on]) };
}
