"use client";

import { usePathname } from "next/navigation";
import { toast } from "@/components/ui/toast";
import { findButton, findPane, findTab, focusInside, nearestTablist, saveButtonFor, stepTab } from "./dom-targets";
import { useCommand } from "./registry";

const AGENT_PAGE = /^\/agents\/(?!new$)[^/]+$/;

/** Opens a pane by name: its region when the panes are side by side, its tab when they are tabs. */
function openPane(name: string, fallbackTab: string) {
  const pane = findPane(name);
  if (pane) return focusInside(pane);
  const tab = findTab(name) ?? findTab(fallbackTab);
  if (!tab) return;
  tab.click();
  tab.focus();
}

function focusComposer() {
  const box = document.querySelector<HTMLTextAreaElement>('form[aria-label="Send a message"] textarea');
  box?.focus();
}

const stopButton = () => {
  const form = document.querySelector('form[aria-label="Send a message"]');
  return form ? findButton("Stop", form) : null;
};

/**
 * The agent page's keyboard shortcuts and palette actions. They find their targets by role and name (the
 * composer, the Stop and Save buttons, the panes and tabs), so the page's components need no wiring.
 */
export function AgentCommands() {
  const pathname = usePathname();
  const enabled = AGENT_PAGE.test(pathname);
  useCommand({
    id: "chat.focus",
    title: "Focus the message box",
    group: "Chat",
    keys: "/",
    enabled,
    run: focusComposer,
  });
  useCommand({
    id: "chat.stop",
    title: "Stop the reply",
    group: "Chat",
    keys: "escape",
    inFields: true,
    enabled,
    when: () => stopButton() !== null,
    run: () => stopButton()?.click(),
  });
  useCommand({
    id: "chat.new-conversation",
    title: "New conversation",
    group: "Chat",
    keywords: ["conversation", "thread"],
    enabled,
    when: () => findButton("New conversation") !== null,
    run: () => findButton("New conversation")?.click(),
  });
  useCommand({
    id: "agent.export",
    title: "Export agent file",
    group: "Agent",
    keywords: ["download", ".af"],
    enabled,
    when: () => findButton("Export agent file") !== null,
    run: () => findButton("Export agent file")?.click(),
  });
  useCommand({
    id: "edit.save",
    title: "Save the focused block or settings",
    group: "Agent",
    keys: "mod+s",
    keysOnly: true,
    inFields: true,
    enabled,
    run: () => {
      const button = saveButtonFor(document.activeElement);
      if (button) button.click();
      else toast.info("Nothing to save here: Ctrl/⌘+S saves the memory block or the settings you are editing.");
    },
  });
  useCommand({
    id: "pane.chat",
    title: "Go to the chat pane",
    group: "Panes",
    keys: "alt+1",
    inFields: true,
    enabled,
    run: () => openPane("Chat", "Chat"),
  });
  useCommand({
    id: "pane.agent",
    title: "Go to the agent pane",
    group: "Panes",
    keys: "alt+2",
    inFields: true,
    enabled,
    run: () => openPane("Agent", "Settings"),
  });
  useCommand({
    id: "pane.memory",
    title: "Go to the memory pane",
    group: "Panes",
    keys: "alt+3",
    inFields: true,
    enabled,
    run: () => openPane("Memory", "Memory"),
  });
  useCommand({
    id: "tab.next",
    title: "Next tab",
    group: "Panes",
    keys: "alt+]",
    keysOnly: true,
    inFields: true,
    enabled,
    run: () => {
      const list = nearestTablist(document.activeElement);
      if (list) stepTab(list, 1);
    },
  });
  useCommand({
    id: "tab.previous",
    title: "Previous tab",
    group: "Panes",
    keys: "alt+[",
    keysOnly: true,
    inFields: true,
    enabled,
    run: () => {
      const list = nearestTablist(document.activeElement);
      if (list) stepTab(list, -1);
    },
  });
  return null;
}
