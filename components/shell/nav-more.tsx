"use client";

import { useLazyPopup } from "@/components/ui/use-lazy-popup";
import { Button } from "@/components/ui/button";

export const navMoreTriggerClass =
  "rounded px-1 text-sm text-zinc-700 hover:text-zinc-950 focus-visible:outline-2 focus-visible:outline-blue-500 2xl:hidden dark:text-zinc-300 dark:hover:text-white";

const loadMenu = () => import("./nav-more-menu").then((mod) => mod.NavMoreMenu);

export interface NavItem {
  href: string;
  label: string;
  /** From which width the link is in the bar itself (false: always). */
  more: false | "xl" | "2xl";
}

/** The main navigation's overflow under 1536 px: the links the bar has no room for. The menu loads when opened. */
export function NavMore({ items }: { items: NavItem[] }) {
  const popup = useLazyPopup(loadMenu);
  const Menu = popup.Loaded;
  if (Menu) return <Menu items={items} />;
  return (
    <Button
      variant="ghost"
      aria-haspopup="menu"
      aria-expanded={false}
      onPointerEnter={popup.preload}
      onFocus={popup.preload}
      onClick={popup.open}
      className="2xl:hidden"
    >
      More <span aria-hidden="true">▾</span>
    </Button>
  );
}
