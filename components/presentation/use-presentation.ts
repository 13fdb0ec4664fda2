"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback } from "react";

export const PRESENT_PARAM = "present";

/** The current URL with `?present=1` set or removed, keeping its other parameters and hash. */
export function withPresentation(href: string, on: boolean): string {
  const url = new URL(href, "http://ade.invalid");
  if (on) url.searchParams.set(PRESENT_PARAM, "1");
  else url.searchParams.delete(PRESENT_PARAM);
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Presentation mode lives in the URL (`?present=1`), so a shared link opens in it. */
export function usePresentation(): { on: boolean; set: (on: boolean) => void; toggle: () => void } {
  const params = useSearchParams();
  const pathname = usePathname();
  const router = useRouter();
  const on = params.get(PRESENT_PARAM) === "1";
  const set = useCallback(
    (next: boolean) => {
      const query = params.toString();
      const href = withPresentation(`${pathname}${query ? `?${query}` : ""}${window.location.hash}`, next);
      router.replace(href, { scroll: false });
    },
    [params, pathname, router],
  );
  return { on, set, toggle: useCallback(() => set(!on), [set, on]) };
}
