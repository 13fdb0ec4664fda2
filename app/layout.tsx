import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { AppCommands } from "@/components/palette/app-commands";
import { presentationScript } from "@/components/presentation/presentation-sync";
import { AppHeader } from "@/components/shell/app-header";
import { ThemeProvider } from "@/components/theme/theme-provider";
import { accessInfo } from "@/lib/access/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Letta ADE", template: "%s · Letta ADE" },
  description: "Build, inspect and demo stateful Letta agents.",
  icons: { icon: "/favicon.svg" },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // next-themes sets the theme class on <html> before React hydrates: the attribute differs on purpose.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: presentationScript }} />
      </head>
      <body className="min-h-screen">
        <ThemeProvider>
          <Providers access={accessInfo()}>
            <AppHeader />
            {/* The agent workspace fills the window; other pages are a centred column. */}
            <main className="mx-auto w-full max-w-6xl px-4 py-6 has-[[data-workspace]]:max-w-none has-[[data-workspace]]:p-0">
              {children}
            </main>
            <AppCommands />
          </Providers>
        </ThemeProvider>
      </body>
    </html>
  );
}
