"use client";

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
            <button
              type="button"
              onClick={() => onChoose(text)}
              className="rounded-full border border-zinc-300 px-3 py-1 text-xs hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-blue-500 dark:border-zinc-700 dark:hover:bg-zinc-800"
            >
              {text}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
