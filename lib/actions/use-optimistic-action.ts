"use client";

import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { unwrap, type ActionResult } from "./result";

/**
 * A quick change shown at once: the cached data under `queryKey` is changed as if the server had agreed,
 * the server action runs, and on a refusal the cache goes back to what it was (the mutation's error
 * carries the server's reason). Either way the data is read again from the server afterwards.
 */
export function useOptimisticAction<Cached, Variables, Result>({
  queryKey,
  action,
  apply,
  onSuccess,
}: {
  queryKey: QueryKey;
  action: (variables: Variables) => Promise<ActionResult<Result>>;
  apply: (cached: Cached, variables: Variables) => Cached;
  onSuccess?: (result: Result, variables: Variables) => void;
}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (variables: Variables) => unwrap(action(variables)),
    onMutate: async (variables) => {
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData<Cached>(queryKey);
      if (previous !== undefined) queryClient.setQueryData<Cached>(queryKey, apply(previous, variables));
      return { previous };
    },
    onError: (_error, _variables, context) => {
      if (context?.previous !== undefined) queryClient.setQueryData(queryKey, context.previous);
    },
    onSuccess,
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });
}
