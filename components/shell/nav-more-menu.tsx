"use client";

import Link from "next/link";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { navMoreTriggerClass, type NavItem } from "./nav-more";

/** The "More" menu itself (Radix), loaded when it is first opened. */
export function NavMoreMenu({ items }: { items: NavItem[] }) {
  return (
    <DropdownMenu defaultOpen>
      <DropdownMenuTrigger className={navMoreTriggerClass}>
        More <span aria-hidden="true">▾</span>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start">
        {items.map((item) => (
          <DropdownMenuItem key={item.href} asChild className={item.more === "xl" ? "xl:hidden" : undefined}>
            <Link href={item.href}>{item.label}</Link>
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
