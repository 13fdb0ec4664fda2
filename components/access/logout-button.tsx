"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { logoutAction } from "@/lib/access/actions";
import { unwrap } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";

/**
 * Logs out; its tooltip names who is logged in (the name given at login, which the others watching see on the
 * turns this person sends). The header has no room to show it beside the button.
 */
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
    <span className="flex items-center gap-2">
      <Button
        variant="secondary"
        onClick={() => logout.mutate()}
        disabled={logout.isPending}
        title={name ? `Logged in as ${name}` : undefined}
      >
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
