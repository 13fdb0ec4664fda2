"use client";

import { Button } from "@/components/ui/button";
const suggestions = [
  "Hi! Who are you, and what can you do?",
  "Please remember that I prefer short answers.",
  "What do you know about me so far?",
];

/** An agent with no messages yet: first messages to try; choosing one puts it in the composer to edit or send. */
export function FirstMessages({ onChoose }: { onChoose: (text: string) => void }) {
  return (
    <section
      aria-label="Start the conversation"
      className="shrink-0 rounded-lg border border-dashed border-zinc-300 p-3 text-sm dark:border-zinc-700"
    >
      <p className="font-medium">No messages yet.</p>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        Say hello, or try one of these: it goes into the message box, where you can change it before sending.
      </p>
      <ul className="mt-2 flex flex-wrap gap-2">
        {suggestions.map((text) => (
          <li key={text}>
            <Button variant="secondary" size="sm" onClick={() => onChoose(text)}>
              {text}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
