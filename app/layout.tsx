import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { AppHeader } from "@/components/shell/app-header";
import { accessInfo } from "@/lib/access/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Letta ADE", template: "%s · Letta ADE" },
  description: "Build, inspect and demo stateful Letta agents.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <Providers access={accessInfo()}>
          <AppHeader />
          {/* The agent workspace fills the window; other pages are a centred column. */}
          <main className="mx-auto w-full max-w-6xl px-4 py-6 has-[[data-workspace]]:max-w-none has-[[data-workspace]]:p-0">
            {children}
          </main>
        </Providers>
      </body>
    </html>
  );
}
