import { AddToDataset } from "@/components/evals/add-to-dataset";
import { InspectRunLink } from "./inspect-run-link";

/** A finished turn's footer links, each run's " · Inspect run · Add to dataset" (the latter once the turn is done). */
export function TurnRunLinks({ runIds, addToDataset }: { runIds: readonly string[]; addToDataset: boolean }) {
  return runIds.map((runId) => (
    <span key={runId}>
      {" · "}
      <InspectRunLink runId={runId} />
      {addToDataset ? (
        <>
          {" · "}
          <AddToDataset runId={runId} />
        </>
      ) : null}
    </span>
  ));
}
