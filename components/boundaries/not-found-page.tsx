import Link from "next/link";

/** A page that does not exist: what was asked for, and the way back to the agent list. */
export function NotFoundPage({ title, detail }: { title: string; detail: string }) {
  return (
    <div className="mx-auto max-w-xl space-y-3 py-8">
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">{detail}</p>
      <Link className="inline-block text-sm text-blue-700 underline dark:text-blue-400" href="/agents">
        Back to the agent list
      </Link>
    </div>
  );
}
