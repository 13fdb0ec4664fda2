"use client";

import { useTheme } from "next-themes";
import { useEffect } from "react";
import { Toaster as Sonner, toast } from "sonner";
import { toasterReady } from "./toast";

/** Sonner's toaster (bottom right, in the current theme); it tells the toast queue once it listens. */
export function SonnerToaster() {
  const { resolvedTheme } = useTheme();
  // Runs after sonner's own effects (children first), so its toaster already listens.
  useEffect(() => toasterReady(toast), []);
  return (
    <Sonner
      theme={resolvedTheme === "dark" ? "dark" : "light"}
      position="bottom-right"
      closeButton
      richColors
      duration={6000}
      containerAriaLabel="Notifications"
    />
  );
}
