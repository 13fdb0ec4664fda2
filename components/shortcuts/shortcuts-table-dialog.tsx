"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { formatCombo } from "./keys";
import { commandList, useCommandRegistry } from "./registry";

/** The shortcuts dialog itself (Radix dialog), loaded the first time `?` is pressed. */
export function ShortcutsTableDialog({ open, setOpen }: { open: boolean; setOpen: (open: boolean) => void }) {
  const commands = useCommandRegistry((state) => state.commands);
  const withKeys = commandList(commands).filter((command) => command.keys);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-zinc-950/40" />
        <Dialog.Content
          aria-describedby={undefined}
          className="fixed left-1/2 top-[10vh] z-50 max-h-[80vh] w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 overflow-y-auto rounded-xl border border-zinc-200 bg-white p-4 text-zinc-900 shadow-2xl dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
        >
          <div className="mb-3 flex items-center">
            <Dialog.Title className="text-base font-semibold">Keyboard shortcuts</Dialog.Title>
            <Dialog.Close className="ml-auto rounded border border-zinc-300 px-2 py-0.5 text-xs dark:border-zinc-600">
              Close
            </Dialog.Close>
          </div>
          <table className="w-full text-sm">
            <caption className="sr-only">Shortcuts that work on this page</caption>
            <thead>
              <tr className="text-left text-xs text-zinc-600 dark:text-zinc-400">
                <th scope="col" className="pb-1 font-medium">
                  Action
                </th>
                <th scope="col" className="pb-1 text-right font-medium">
                  Keys
                </th>
              </tr>
            </thead>
            <tbody>
              {withKeys.map((command) => (
                <tr key={command.id} className="border-t border-zinc-100 dark:border-zinc-800">
                  <td className="py-1.5">{command.title}</td>
                  <td className="py-1.5 text-right">
                    <kbd className="rounded border border-zinc-300 bg-zinc-50 px-1.5 py-0.5 font-sans text-xs dark:border-zinc-600 dark:bg-zinc-800">
                      {formatCombo(command.keys ?? "")}
                    </kbd>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-3 text-xs text-zinc-600 dark:text-zinc-400">
            Keys without Ctrl/⌘ do nothing while you type in a field. Inside a tab list, the arrow keys move between
            tabs.
          </p>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
