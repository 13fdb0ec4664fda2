"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { AccessProvider } from "@/components/access/access-context";
import type { AccessInfo } from "@/lib/access/public";

export function Providers({ access, children }: { access: AccessInfo; children: ReactNode }) {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { staleTime: 10_000, refetchOnWindowFocus: true } },
      }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <AccessProvider value={access}>{children}</AccessProvider>
    </QueryClientProvider>
  );
}
