import type { LayoutStorage } from "react-resizable-panels";
import { WORKSPACE_LAYOUT_COOKIE } from "@/lib/workspace/layout";

const oneYear = 60 * 60 * 24 * 365;

/**
 * Layout storage in one cookie, so the server renders the saved sizes (no jump after hydration). Reads return
 * the value the page was rendered with until the first save; the library asks for one key per group.
 */
export function cookieLayoutStorage(initial: string | undefined): LayoutStorage {
  let current = initial ?? null;
  return {
    getItem: () => current,
    setItem: (_key, value) => {
      current = value;
      document.cookie = `${WORKSPACE_LAYOUT_COOKIE}=${encodeURIComponent(value)}; path=/; max-age=${oneYear}; samesite=lax`;
    },
  };
}
