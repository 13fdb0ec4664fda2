"use client";

import dynamic from "next/dynamic";
import { useState } from "react";

const AddToDatasetDialog = dynamic(() => import("./add-to-dataset-dialog"), { ssr: false });

/** "Add to dataset" for a turn (its run): the dialog and its code load on the first click. */
export function AddToDataset({ runId }: { runId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-label={`Add to dataset: run ${runId}`}
        className="text-xs text-blue-700 underline underline-offset-2 dark:text-blue-400"
      >
        Add to dataset
      </button>
      {open ? <AddToDatasetDialog runId={runId} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
