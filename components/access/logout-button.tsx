"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { logoutAction } from "@/lib/access/actions";
import { unwrap } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";

/** Logs out; shows the name this person gave at login (the others watching see it on the turns they send). */
export function LogoutButton({ name }: { name: string | null }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const logout = useMutation({
    mutationFn: async () => unwrap(logoutAction()),
    onSuccess: () => {
      queryClient.clear();
      router.replace("/login");
      router.refresh();
    },
  });
  return (
    <span className="flex min-w-0 items-center gap-2">
      {name ? (
        <span className="max-w-32 truncate text-sm text-zinc-700 dark:text-zinc-300" title={`Logged in as ${name}`}>
          <span className="sr-only">Logged in as </span>
          {name}
        </span>
      ) : null}
      <Button variant="secondary" onClick={() => logout.mutate()} disabled={logout.isPending}>
        Log out
      </Button>
      {logout.error ? (
        <span role="alert" className="text-xs text-red-700 dark:text-red-400">
          {logout.error.message}
        </span>
      ) : null}
    </span>
  );
}
