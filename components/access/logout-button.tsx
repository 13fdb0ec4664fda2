"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { logoutAction } from "@/lib/access/actions";
import { unwrap } from "@/lib/actions/result";

export function LogoutButton() {
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
    <span className="flex items-center gap-2">
      <button
        type="button"
        onClick={() => logout.mutate()}
        disabled={logout.isPending}
        className="rounded-md border border-zinc-300 px-2 py-1 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
      >
        Log out
      </button>
      {logout.error ? (
        <span role="alert" className="text-xs text-red-700 dark:text-red-400">
          {logout.error.message}
        </span>
      ) : null}
    </span>
  );
}
