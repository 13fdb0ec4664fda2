import type { Metadata } from "next";
import { LoginForm } from "@/components/access/login-form";
import { accessConfig } from "@/lib/access/config";
import { safeNext } from "@/lib/access/policy";

export const metadata: Metadata = { title: "Log in" };
export const dynamic = "force-dynamic";

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  const next = (await searchParams).next;
  const passwordSet = accessConfig().password !== undefined;
  return (
    <div className="mx-auto max-w-sm space-y-4 pt-10">
      <h1 className="text-xl font-semibold">Log in</h1>
      {passwordSet ? (
        <LoginForm next={safeNext(typeof next === "string" ? next : undefined)} />
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          This ADE has no access password: open its pages directly.
        </p>
      )}
    </div>
  );
}
