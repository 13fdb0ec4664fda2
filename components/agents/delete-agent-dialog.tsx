"use client";

import dynamic from "next/dynamic";
import { useRef, useState } from "react";
import { useDemoLock } from "@/components/access/access-context";
import { Button } from "@/components/ui/button";
import { Loading } from "@/components/ui/loading";
import type { DeleteAgentProps } from "./delete-agent-confirm";

// What the dialog says and does loads when it is first opened.
const DeleteAgentConfirm = dynamic(() => import("./delete-agent-confirm").then((mod) => mod.DeleteAgentConfirm), {
  loading: () => <Loading what="the dialog" />,
});

/** Delete with a confirmation in a native modal <dialog> (focus trap, Escape and inert background from the browser). */
export function DeleteAgentButton(props: DeleteAgentProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const demo = useDemoLock();
  return (
    <>
      <Button
        variant="danger"
        {...demo.props}
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        Delete agent
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby="delete-agent-title"
        onClose={() => setOpen(false)}
        className="m-auto w-full max-w-md rounded-lg border border-zinc-200 bg-white p-5 text-zinc-900 backdrop:bg-black/40 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-100"
      >
        {/* Mounted while open, so each opening starts without the last attempt's error. */}
        {open ? <DeleteAgentConfirm {...props} onDeleted={() => dialog.current?.close()} /> : null}
      </dialog>
    </>
  );
}
