// The dashboard's button: a caller's classes replace the base's where they set the same property
// (tailwind-merge: "px-2 py-1 text-xs" makes a compact button, not one with two paddings).
import type { ButtonHTMLAttributes } from "react";
import { twMerge } from "tailwind-merge";
import { buttonClasses, type TButtonVariant } from "./button-classes";

export { buttonClasses };

export function mergedButtonClasses(variant: TButtonVariant = "primary", className = ""): string {
  return twMerge(buttonClasses(variant), className);
}

export function Button({ variant = "primary", className = "", type = "button", ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: TButtonVariant }) {
  return <button type={type} className={mergedButtonClasses(variant, className)} {...props} />;
}
