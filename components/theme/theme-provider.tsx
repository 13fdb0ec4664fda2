"use client";

import { ThemeProvider as NextThemes } from "next-themes";
import type { ReactNode } from "react";

const THEME_STORAGE_KEY = "ade-theme";
export const themeChoices = [
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
  { value: "system", label: "System" },
] as const;

/**
 * Light, dark or the system's choice, remembered in this browser (localStorage). next-themes sets the `dark`
 * class on <html> from an inline script before the first paint, so a reload never flashes the other theme.
 */
export function ThemeProvider({ children }: { children: ReactNode }) {
  return (
    <NextThemes
      attribute="class"
      defaultTheme="system"
      enableSystem
      storageKey={THEME_STORAGE_KEY}
      disableTransitionOnChange
    >
      {children}
    </NextThemes>
  );
}
