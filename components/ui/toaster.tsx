"use client";

import { useTheme } from "next-themes";
import { Toaster as Sonner } from "sonner";

/** Where toasts appear (bottom right), in the current theme; mounted once in the root layout. */
export function Toaster() {
  const { resolvedTheme } = useTheme();
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
