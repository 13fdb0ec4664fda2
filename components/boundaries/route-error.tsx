"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { serverStatusQuery } from "@/lib/connections/queries";

/**
 * What a page that failed to render shows. Server errors reach the browser without their words, so the
 * reason comes from the connection doctor (the server status the header polls): when Letta is down it
 * says why and how to fix it, and the page tries again by itself once Letta answers.
 */
export function RouteError({ title, retry }: { title: string; retry: () => void }) {
  const { data: status, isPending } = useQuery(serverStatusQuery());
  const down = status !== undefined && status.state !== "connected";
  useRetryWhenBack(down, retry);

  return (
    <div className="mx-auto max-w-xl space-y-3 py-8">
      <h1 className="text-xl font-semibold">{title}</h1>
      <div
        role="alert"
        className="space-y-1 rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
      >
        {isPending ? (
          <p>Checking the connection to Letta…</p>
        ) : down ? (
          <>
            <p className="font-medium">{status.message}</p>
            <p>{status.hint}</p>
          </>
        ) : (
          <>
            <p className="font-medium">The ADE failed to render this page.</p>
            <p>Try again; if it keeps failing, the ADE&apos;s log says why.</p>
          </>
        )}
      </div>
      <div className="flex items-center gap-3">
        <Button variant="primary" onClick={retry}>
          Try again
        </Button>
        {down ? (
          <Link className="text-sm text-blue-700 underline dark:text-blue-400" href="/connections">
            Connections
          </Link>
        ) : null}
      </div>
    </div>
  );
}

/** Tries the page again once the server status goes from down to connected. */
function useRetryWhenBack(down: boolean, retry: () => void) {
  const wasDown = useRef(false);
  useEffect(() => {
    if (down) wasDown.current = true;
    else if (wasDown.current) {
      wasDown.current = false;
      retry();
    }
  }, [down, retry]);
}
