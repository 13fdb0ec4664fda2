"use client";

import Link from "next/link";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

/** The main navigation's overflow under 1280 px: the links the bar has no room for. */
export function NavMore({ items }: { items: { href: string; label: string }[] }) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger className="rounded px-1 text-sm text-zinc-700 hover:text-zinc-950 focus-visible:outline-2 focus-visible:outline-blue-500 xl:hidden dark:text-zinc-300 dark:hover:text-white">
        More <span aria-hidden="true">▾</span>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start">
        {items.map((item) => (
          <DropdownMenuItem key={item.href} asChild>
            <Link href={item.href}>{item.label}</Link>
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
