import { Suspense } from "react";
import { PresentationToggle } from "@/components/presentation/presentation-toggle";
import { ThemeSwitcher } from "@/components/theme/theme-switcher";
import { PaletteButton } from "./palette-button";

/** The top bar's palette button, theme picker and presentation switch (one component, one line in the bar). */
export function TopBarControls() {
  return (
    <div className="flex items-center gap-2">
      <PaletteButton />
      {/* Under 1440 px the bar has no room for them (the agent switcher keeps its whole label); the palette still
          switches both. */}
      <div className="hidden items-center gap-2 min-[1440px]:flex">
        <ThemeSwitcher />
        <Suspense fallback={null}>
          <PresentationToggle />
        </Suspense>
      </div>
    </div>
  );
}
