import Link from "next/link";
import { Suspense } from "react";
import { connection } from "next/server";
import { DemoBadge } from "@/components/access/demo-badge";
import { LogoutButton } from "@/components/access/logout-button";
import { accessInfo, accessName, hasAccess } from "@/lib/access/server";
import { listConnections } from "@/lib/connections/manage";
import { ENV_CONNECTION_ID, type ConnectionList } from "@/lib/connections/types";
import { activeConnection, envConnection, toPublicConnection } from "@/lib/letta/connection";
import { getServerStatus } from "@/lib/letta/server-status";
import { AgentSwitcher } from "@/components/workspace/agent-switcher";
import { TopBarControls } from "@/components/palette/top-bar-controls";
import { ConnectionSwitcher } from "./connection-switcher";
import { NavMore, type NavItem } from "./nav-more";
import { ServerStatusBadge, ServerStatusPending } from "./server-status-badge";

/** `more`: below that width (xl 1280 px, 2xl 1536 px) the link moves into the "More" menu, so the bar never wraps. */
const navigation: NavItem[] = [
  { href: "/agents", label: "Agents", more: false },
  { href: "/blocks", label: "Blocks", more: false },
  { href: "/tools", label: "Tools", more: false },
  { href: "/folders", label: "Folders", more: false },
  { href: "/evals", label: "Evals", more: "xl" },
  { href: "/mcp", label: "MCP servers", more: "xl" },
  { href: "/groups", label: "Groups", more: "xl" },
  { href: "/models", label: "Models", more: "xl" },
  { href: "/connections", label: "Connections", more: "2xl" },
];

const shownFrom = { xl: "hidden xl:block", "2xl": "hidden 2xl:block" } as const;

/** The saved connections for the switcher; a damaged store leaves just the environment's (the page explains). */
async function switcherConnections(): Promise<ConnectionList> {
  try {
    return await listConnections((await activeConnection()).id);
  } catch {
    return { connections: [toPublicConnection(envConnection())], activeId: ENV_CONNECTION_ID };
  }
}

function TitleOnly() {
  return (
    <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <div className="flex h-12 items-center px-4 text-base font-semibold tracking-tight">Letta ADE</div>
    </header>
  );
}

/** The server's status streams in after the rest of the page: a slow or unreachable server holds nothing else up. */
async function ServerStatus() {
  return <ServerStatusBadge initialStatus={await getServerStatus()} />;
}

export async function AppHeader() {
  await connection();
  // The login page shares this layout: before logging in, nothing about the servers is shown.
  if (!(await hasAccess())) return <TitleOnly />;
  const access = accessInfo();
  const [connections, name] = await Promise.all([switcherConnections(), accessName()]);
  return (
    <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <div className="flex h-12 items-center gap-3 overflow-hidden whitespace-nowrap px-4">
        <Link href="/agents" className="shrink-0 text-base font-semibold tracking-tight">
          Letta ADE
        </Link>
        <AgentSwitcher />
        <nav aria-label="Main" className="flex shrink-0 items-center gap-3">
          <ul className="flex gap-2 text-sm">
            {navigation.map((item) => (
              <li key={item.href} className={item.more ? shownFrom[item.more] : undefined}>
                <Link
                  href={item.href}
                  className="text-zinc-700 hover:text-zinc-950 dark:text-zinc-300 dark:hover:text-white"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
          <NavMore items={navigation.filter((item) => item.more)} />
        </nav>
        <div className="ml-auto flex min-w-0 items-center gap-3">
          <TopBarControls />
          {access.demo ? <DemoBadge chat={access.demoChat} /> : null}
          {/* Presentation mode hides which server this is. */}
          <div data-present-hide className="flex items-center gap-3">
            <ConnectionSwitcher initial={connections} />
            <Suspense fallback={<ServerStatusPending />}>
              <ServerStatus />
            </Suspense>
          </div>
          {access.loginRequired ? <LogoutButton name={name} /> : null}
        </div>
      </div>
    </header>
  );
}
