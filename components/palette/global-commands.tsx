"use client";

import { useTheme } from "next-themes";
import { useRouter } from "next/navigation";
import { usePresentation } from "@/components/presentation/use-presentation";
import { useCommand } from "@/components/shortcuts/registry";

const pages = [
  { href: "/agents", title: "Agents" },
  { href: "/blocks", title: "Blocks" },
  { href: "/tools", title: "Tools" },
  { href: "/evals", title: "Evals" },
  { href: "/mcp", title: "MCP servers" },
  { href: "/groups", title: "Groups" },
  { href: "/models", title: "Models" },
  { href: "/connections", title: "Connections" },
] as const;

function GoTo({ href, title }: { href: string; title: string }) {
  const router = useRouter();
  useCommand({
    id: `go.${href}`,
    title: `Go to ${title}`,
    group: "Go to",
    keywords: ["page", "open"],
    run: () => router.push(href),
  });
  return null;
}

/** The commands every page has: pages, new agent, import, theme, presentation mode. */
export function GlobalCommands() {
  const router = useRouter();
  const { setTheme } = useTheme();
  const presentation = usePresentation();
  useCommand({
    id: "agent.new",
    title: "New agent",
    group: "Actions",
    keywords: ["create", "template"],
    run: () => router.push("/agents/new"),
  });
  useCommand({
    id: "agent.import",
    title: "Import agent file",
    group: "Actions",
    keywords: ["upload", ".af", "agent file"],
    run: () => {
      if (window.location.pathname !== "/agents") return router.push("/agents#import");
      // Already there: a new hash opens the panel (the page listens for it).
      window.location.hash = "";
      window.location.hash = "import";
    },
  });
  useCommand({
    id: "theme.light",
    title: "Light theme",
    group: "Theme",
    keywords: ["switch theme"],
    run: () => setTheme("light"),
  });
  useCommand({
    id: "theme.dark",
    title: "Dark theme",
    group: "Theme",
    keywords: ["switch theme"],
    run: () => setTheme("dark"),
  });
  useCommand({
    id: "theme.system",
    title: "System theme",
    group: "Theme",
    keywords: ["switch theme", "auto"],
    run: () => setTheme("system"),
  });
  useCommand({
    id: "presentation.toggle",
    title: presentation.on ? "Leave presentation mode" : "Presentation mode",
    group: "Theme",
    keywords: ["present", "demo", "larger"],
    run: presentation.toggle,
  });
  return (
    <>
      {pages.map((page) => (
        <GoTo key={page.href} {...page} />
      ))}
    </>
  );
}
