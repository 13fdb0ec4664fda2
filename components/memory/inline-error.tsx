/** The one inline error lives in components/ui. */
export { InlineError, toErrorBody } from "@/components/ui/inline-error";
