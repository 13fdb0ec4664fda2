"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { errorId, FieldError, inputClass, invalidProps } from "@/components/agents/form-field";
import { fetchJson } from "@/lib/fetch-json";

async function logIn(password: string): Promise<void> {
  await fetchJson("/api/auth/login", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ password }),
  });
}

/** The access password form; after logging in, goes (with a full load) to the page that asked for it. */
export function LoginForm({ next }: { next: string }) {
  const [password, setPassword] = useState("");
  const [empty, setEmpty] = useState(false);
  const login = useMutation({ mutationFn: logIn, onSuccess: () => window.location.assign(next) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setEmpty(password === "");
    if (password !== "") login.mutate(password);
  };
  const fieldError = empty ? "Enter the access password" : undefined;

  return (
    <form onSubmit={submit} className="space-y-3" aria-label="Log in">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">This ADE is protected by an access password.</p>
      <div className="space-y-1">
        <label htmlFor="access-password" className="block text-sm font-medium">
          Access password
        </label>
        <input
          id="access-password"
          type="password"
          autoComplete="current-password"
          autoFocus
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          className={inputClass}
          {...invalidProps("access-password", fieldError)}
        />
        <FieldError field="access-password" error={fieldError} />
      </div>
      {login.error ? (
        <p role="alert" id={errorId("login")} className="text-sm text-red-700 dark:text-red-400">
          {login.error.message} {"hint" in login.error ? String(login.error.hint) : null}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={login.isPending || login.isSuccess}
        className="rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-50 dark:bg-zinc-100 dark:text-zinc-900"
      >
        {login.isPending || login.isSuccess ? "Logging in…" : "Log in"}
      </button>
    </form>
  );
}
