"use client";

import {
  cloneElement,
  useState,
  type ComponentType,
  type FocusEvent,
  type PointerEvent,
  type ReactElement,
  type ReactNode,
} from "react";
import type { RadixTooltip as RadixTooltipType } from "./tooltip-radix";

type TriggerProps = {
  onPointerDown?: (event: PointerEvent<HTMLElement>) => void;
  onPointerEnter?: (event: PointerEvent<HTMLElement>) => void;
  onFocus?: (event: FocusEvent<HTMLElement>) => void;
};

/** Radix's tooltip, once its code has loaded (shared by every tooltip). */
let loaded: ComponentType<Parameters<typeof RadixTooltipType>[0]> | null = null;

function load() {
  return import("./tooltip-radix").then((mod) => (loaded = mod.RadixTooltip));
}

/** Triggers a pointer is pressing: they are handed over only after the press, so its click is not lost. */
const pressed = new WeakSet<Element>();

function afterPress(element: HTMLElement, then: () => void) {
  if (!pressed.has(element)) return then();
  element.addEventListener("pointerup", () => setTimeout(then), { once: true });
}

/**
 * A tooltip (Radix) on hover and keyboard focus; the trigger keeps its own accessible name. Its code (Radix,
 * floating-ui) loads the first time a pointer or the focus reaches a trigger; the trigger is then handed to
 * Radix, keeping the focus where it was.
 */
export function Tooltip({ content, children }: { content: ReactNode; children: ReactElement<TriggerProps> }) {
  // Mounted once the code is there (not while hydrating: nothing loads it before), it is Radix's at once.
  const [wake, setWake] = useState<{ focus: boolean; hover: boolean } | null>(() =>
    loaded ? { focus: false, hover: false } : null,
  );
  const [waking, setWaking] = useState(false);
  const Radix = loaded;
  if (wake && Radix)
    return (
      <Radix content={content} focusOnMount={wake.focus} openOnMount={wake.hover}>
        {children}
      </Radix>
    );
  const start = (element: HTMLElement, hover: boolean) => {
    if (waking) return;
    setWaking(true);
    void load().then(() =>
      afterPress(element, () =>
        setWake({ focus: document.activeElement === element, hover: hover && element.matches(":hover") }),
      ),
    );
  };
  return cloneElement(children, {
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      children.props.onPointerDown?.(event);
      const element = event.currentTarget;
      pressed.add(element);
      element.addEventListener("pointerup", () => setTimeout(() => pressed.delete(element)), { once: true });
    },
    onPointerEnter: (event: PointerEvent<HTMLElement>) => {
      children.props.onPointerEnter?.(event);
      start(event.currentTarget, true);
    },
    onFocus: (event: FocusEvent<HTMLElement>) => {
      children.props.onFocus?.(event);
      start(event.currentTarget, false);
    },
  });
}
