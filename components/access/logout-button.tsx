"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { logoutAction } from "@/lib/access/actions";
import { unwrap } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";

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
