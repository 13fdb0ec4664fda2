"use client";

import { Dialog, DialogContent } from "@/components/ui/dialog";
import { formatCombo } from "./keys";
import { commandList, useCommandRegistry } from "./registry";

/** The shortcuts dialog itself, loaded the first time `?` is pressed. */
export function ShortcutsTableDialog({ open, setOpen }: { open: boolean; setOpen: (open: boolean) => void }) {
  const commands = useCommandRegistry((state) => state.commands);
  const withKeys = commandList(commands).filter((command) => command.keys);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogContent title="Keyboard shortcuts">
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
          Keys without Ctrl/⌘ do nothing while you type in a field. Inside a tab list, the arrow keys move between tabs.
        </p>
      </DialogContent>
    </Dialog>
  );
}
