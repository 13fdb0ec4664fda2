"use client";

import { RouteError } from "@/components/boundaries/route-error";

export default function PageError({ retry }: { error: unknown; retry: () => void }) {
  return <RouteError title="Could not load this page" retry={retry} />;
}
