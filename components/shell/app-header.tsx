import Link from "next/link";
import { connection } from "next/server";
import { getServerStatus } from "@/lib/letta/server-status";
import { ServerStatusBadge } from "./server-status-badge";

const navigation = [
  { href: "/agents", label: "Agents" },
  { href: "/models", label: "Models" },
];

export async function AppHeader() {
  await connection();
  const status = await getServerStatus();
  return (
    <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <div className="mx-auto flex max-w-6xl items-center gap-6 px-4 py-3">
        <Link href="/agents" className="text-base font-semibold tracking-tight">
          Letta ADE
        </Link>
        <nav aria-label="Main">
          <ul className="flex gap-4 text-sm">
            {navigation.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-zinc-700 hover:text-zinc-950 dark:text-zinc-300 dark:hover:text-white">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto">
          <ServerStatusBadge initialStatus={status} />
        </div>
      </div>
    </header>
  );
}
