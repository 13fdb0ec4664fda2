"use client";

import { lazy, Suspense } from "react";
import { PlainTranscript } from "./plain-transcript";
import type { TranscriptListProps } from "./transcript-list";
import { sharedRowProps, TranscriptRow } from "./transcript-row";

const VirtualTranscript = lazy(() =>
  import("./virtual-transcript").then((module) => ({ default: module.VirtualTranscript })),
);

/** While the virtualized list loads, the newest rows (as many as it would show) stand in for it. */
const STAND_IN_ROWS = 20;

/**
 * A transcript with messages: the rows' views (markdown, tool calls, run footers) and the virtualized list, with
 * the newest rows shown as they are until the list's library arrives.
 */
export function MessageTranscript(props: TranscriptListProps) {
  const shared = sharedRowProps(props);
  return (
    <Suspense
      fallback={
        <PlainTranscript
          standIn
          rows={props.rows.slice(-STAND_IN_ROWS)}
          renderRow={(row) => <TranscriptRow {...shared} row={row} />}
        />
      }
    >
      <VirtualTranscript {...props} />
    </Suspense>
  );
}
