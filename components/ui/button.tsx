import type { ComponentProps } from "react";

const variants = {
  primary: "bg-blue-600 font-medium text-white hover:bg-blue-700",
  secondary: "border border-zinc-300 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800",
  danger: "bg-red-600 font-medium text-white hover:bg-red-700",
  ghost: "text-zinc-700 hover:bg-zinc-100 dark:text-zinc-200 dark:hover:bg-zinc-800",
  icon: "text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-zinc-100",
} as const;

const sizes = { sm: "px-2 py-1 text-xs", md: "px-3 py-1.5 text-sm" } as const;

type ButtonVariant = keyof typeof variants;

export interface ButtonProps extends ComponentProps<"button"> {
  variant?: ButtonVariant;
  size?: keyof typeof sizes;
}

/** The classes of a Button, for a link or a Radix trigger that must look like one. */
export function buttonClass({
  variant = "secondary",
  size = "md",
  className = "",
}: Omit<ButtonProps, "children"> = {}) {
  const shape =
    variant === "icon" ? "inline-flex items-center justify-center rounded p-1" : `rounded-md ${sizes[size]}`;
  return `${shape} ${variants[variant]} focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:cursor-not-allowed disabled:opacity-50 ${className}`.trim();
}

/** The one button: `type="button"` unless told otherwise, in one of five variants. */
export function Button({ variant, size, className, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={buttonClass({ variant, size, className })} {...props} />;
}
