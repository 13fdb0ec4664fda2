"use client";

import { useState, type FormEvent, type KeyboardEvent } from "react";
import { useDemoLock } from "@/components/access/access-context";
import { Button } from "@/components/ui/button";

interface ComposerProps {
  draft: string;
  onDraftChange: (text: string) => void;
  onSend: (text: string, role: "user" | "system") => void;
  onStop: () => void;
  streaming: boolean;
  placeholder?: string;
}

export function Composer({
  draft,
  onDraftChange,
  onSend,
  onStop,
  streaming,
  placeholder = "Message the agent (Enter sends, Shift+Enter adds a line)",
}: ComposerProps) {
  const [role, setRole] = useState<"user" | "system">("user");
  const demo = useDemoLock("chat");

  const submit = () => {
    if (demo.locked || streaming || draft.trim() === "") return;
    onSend(draft, role);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <form onSubmit={onSubmit} aria-label="Send a message" className="space-y-2">
      <label htmlFor="chat-message" className="sr-only">
        Message
      </label>
      <textarea
        id="chat-message"
        value={draft}
        onChange={(event) => onDraftChange(event.target.value)}
        onKeyDown={onKeyDown}
        rows={3}
        placeholder={placeholder}
        className="w-full resize-y rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm focus:outline-2 focus:outline-blue-500 dark:border-zinc-700 dark:bg-zinc-900"
      />
      <div className="flex items-center gap-3">
        <label className="flex items-center gap-2 text-sm">
          Send as
          <select
            value={role}
            onChange={(event) => setRole(event.target.value === "system" ? "system" : "user")}
            className="rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900"
          >
            <option value="user">User</option>
            <option value="system">System</option>
          </select>
        </label>
        <div className="ml-auto flex gap-2">
          {streaming ? (
            <Button variant="secondary" onClick={onStop}>
              Stop
            </Button>
          ) : null}
          <Button
            variant="primary"
            type="submit"
            {...demo.props}
            disabled={demo.locked || streaming || draft.trim() === ""}
          >
            Send
          </Button>
        </div>
      </div>
    </form>
  );
}
