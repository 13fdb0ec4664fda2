import { Suspense } from "react";
import { PresentationToggle } from "@/components/presentation/presentation-toggle";
import { ThemeSwitcher } from "@/components/theme/theme-switcher";
import { PaletteButton } from "./palette-button";

/** The top bar's palette button, theme picker and presentation switch (one component, one line in the bar). */
export function TopBarControls() {
  return (
    <div className="flex items-center gap-2">
      <PaletteButton />
      {/* Under 1280 px the bar has no room for them; the palette still switches both. */}
      <div className="hidden items-center gap-2 xl:flex">
        <ThemeSwitcher />
        <Suspense fallback={null}>
          <PresentationToggle />
        </Suspense>
      </div>
    </div>
  );
}
