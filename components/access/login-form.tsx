"use client";

import { useActionState, useState } from "react";
import { useFormStatus } from "react-dom";
import { errorId, FieldError, inputClass, invalidProps } from "@/components/agents/form-field";
import { loginAction } from "@/lib/access/actions";
import { MAX_ACCESS_NAME } from "@/lib/access/public";
import { Button } from "@/components/ui/button";

function SubmitButton() {
  const { pending } = useFormStatus();
  return (
    <Button variant="primary" type="submit" disabled={pending}>
      {pending ? "Logging in…" : "Log in"}
    </Button>
  );
}

/**
 * The access password form. It posts the login server action, so it works without JavaScript too; after
 * logging in, the action sends the browser to the page that asked for it.
 */
export function LoginForm({ next }: { next: string }) {
  const [state, formAction] = useActionState(loginAction, null);
  const [password, setPassword] = useState("");
  const [name, setName] = useState("");
  const [empty, setEmpty] = useState(false);
  const fieldError = empty ? "Enter the access password" : undefined;
  const error = state && !state.ok ? state.error : undefined;

  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        setEmpty(password === "");
        if (password === "") event.preventDefault();
      }}
      className="space-y-3"
      aria-label="Log in"
    >
      <p className="text-sm text-zinc-600 dark:text-zinc-400">This ADE is protected by an access password.</p>
      <input type="hidden" name="next" value={next} />
      <div className="space-y-1">
        <label htmlFor="access-password" className="block text-sm font-medium">
          Access password
        </label>
        <input
          id="access-password"
          name="password"
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
      <div className="space-y-1">
        <label htmlFor="access-name" className="block text-sm font-medium">
          Your name (optional)
        </label>
        <input
          id="access-name"
          name="name"
          type="text"
          autoComplete="name"
          maxLength={MAX_ACCESS_NAME}
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-describedby="access-name-hint"
          className={inputClass}
        />
        <p id="access-name-hint" className="text-xs text-zinc-600 dark:text-zinc-400">
          Others watching an agent see it on the turns you send.
        </p>
      </div>
      {error ? (
        <p role="alert" id={errorId("login")} className="text-sm text-red-700 dark:text-red-400">
          {error.message} {error.hint}
        </p>
      ) : null}
      <SubmitButton />
    </form>
  );
}
