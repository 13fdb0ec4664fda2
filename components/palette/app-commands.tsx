import { Suspense } from "react";
import { CompareCommand } from "@/components/compare/compare-command";
import { PresentationSync } from "@/components/presentation/presentation-sync";
import { AgentCommands } from "@/components/shortcuts/agent-commands";
import { ShortcutListener } from "@/components/shortcuts/shortcut-listener";
import { ShortcutsDialog } from "@/components/shortcuts/shortcuts-dialog";
import { Toaster } from "@/components/ui/toaster";
import { CommandPalette } from "./command-palette";
import { GlobalCommands } from "./global-commands";

/** Everything keyboard- and command-driven that every page has, mounted once in the root layout. */
export function AppCommands() {
  return (
    <>
      <ShortcutListener />
      <CommandPalette />
      <ShortcutsDialog />
      <AgentCommands />
      <CompareCommand />
      {/* These read the URL's search parameters: a Suspense boundary keeps static pages static. */}
      <Suspense fallback={null}>
        <GlobalCommands />
        <PresentationSync />
      </Suspense>
      <Toaster />
    </>
  );
}
