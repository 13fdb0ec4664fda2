"use client";

import { Button } from "@/components/ui/button";
import dynamic from "next/dynamic";
import { useState } from "react";

const AddToDatasetDialog = dynamic(() => import("./add-to-dataset-dialog"), { ssr: false });

/** "Add to dataset" for a turn (its run): the dialog and its code load on the first click. */
export function AddToDataset({ runId }: { runId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="ghost" size="sm" onClick={() => setOpen(true)} aria-label={`Add to dataset: run ${runId}`}>
        Add to dataset
      </Button>
      {open ? <AddToDatasetDialog runId={runId} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
