import Link from "next/link";

/** "Evals / dataset": the way back to /evals from a dataset's or an experiment's page. */
export function EvalsBreadcrumb({ here }: { here: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <Link href="/evals" className="text-blue-700 underline underline-offset-2 dark:text-blue-300">
        Evals
      </Link>{" "}
      / {here}
    </nav>
  );
}
