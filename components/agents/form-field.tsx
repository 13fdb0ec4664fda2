/** The one field style lives in components/ui. */
export { errorId, Field, FieldError, inputClass, inputId, invalidProps } from "@/components/ui/field";
