"use client";

import { usePresentation } from "./use-presentation";
import { Button } from "@/components/ui/button";

/** The top bar's switch for presentation mode: a toggle button, pressed while the mode is on. */
export function PresentationToggle() {
  const { on, toggle } = usePresentation();
  return (
    <Button
      variant={on ? "primary" : "secondary"}
      size="sm"
      aria-pressed={on}
      onClick={toggle}
      title="Larger type; ids, server addresses and editing controls hidden (kept in the URL)"
    >
      Present
    </Button>
  );
}
