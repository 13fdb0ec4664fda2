import Link from "next/link";
import { connection } from "next/server";
import { DemoBadge } from "@/components/access/demo-badge";
import { LogoutButton } from "@/components/access/logout-button";
import { accessInfo, hasAccess } from "@/lib/access/server";
import { listConnections } from "@/lib/connections/manage";
import { ENV_CONNECTION_ID, type ConnectionList } from "@/lib/connections/types";
import { activeConnection, envConnection, toPublicConnection } from "@/lib/letta/connection";
import { getServerStatus } from "@/lib/letta/server-status";
import { TopBarControls } from "@/components/palette/top-bar-controls";
import { ConnectionSwitcher } from "./connection-switcher";
import { ServerStatusBadge } from "./server-status-badge";

const navigation = [
  { href: "/agents", label: "Agents" },
  { href: "/blocks", label: "Blocks" },
  { href: "/tools", label: "Tools" },
  { href: "/mcp", label: "MCP servers" },
  { href: "/groups", label: "Groups" },
  { href: "/models", label: "Models" },
  { href: "/connections", label: "Connections" },
];

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
      <div className="mx-auto max-w-6xl px-4 py-3 text-base font-semibold tracking-tight">Letta ADE</div>
    </header>
  );
}

export async function AppHeader() {
  await connection();
  // The login page shares this layout: before logging in, nothing about the servers is shown.
  if (!(await hasAccess())) return <TitleOnly />;
  const access = accessInfo();
  const [status, connections] = await Promise.all([getServerStatus(), switcherConnections()]);
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
                <Link
                  href={item.href}
                  className="text-zinc-700 hover:text-zinc-950 dark:text-zinc-300 dark:hover:text-white"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-4">
          <TopBarControls />
          {access.demo ? <DemoBadge chat={access.demoChat} /> : null}
          {/* Presentation mode hides which server this is. */}
          <div data-present-hide className="flex items-center gap-4">
            <ConnectionSwitcher initial={connections} />
            <ServerStatusBadge initialStatus={status} />
          </div>
          {access.loginRequired ? <LogoutButton /> : null}
        </div>
      </div>
    </header>
  );
}
