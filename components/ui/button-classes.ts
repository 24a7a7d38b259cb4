// A button's classes by variant and size, without tailwind-merge, for places that must stay small
// (the public form page, server-rendered pages): `extra` may add classes (a width, a margin) but
// must not repeat a property the base sets (padding, text size) — the base would win. Dashboard
// components use <Button>, which merges (button.tsx).

export type TButtonVariant = "primary" | "secondary" | "danger" | "ghost";
/** md: the dashboard's; lg: the public form's taller tap targets. */
export type TButtonSize = "md" | "lg";

const VARIANTS: Record<TButtonVariant, string> = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 disabled:bg-brand-600/60",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 disabled:opacity-60",
  danger: "bg-red-600 text-white hover:bg-red-700 disabled:bg-red-600/60",
  ghost: "text-slate-700 hover:bg-slate-100 disabled:opacity-60",
};

const SIZES: Record<TButtonSize, string> = { md: "px-3.5 py-2", lg: "px-3.5 py-2.5" };

export function buttonClasses(variant: TButtonVariant = "primary", extra = "", size: TButtonSize = "md"): string {
  const base = `inline-flex items-center justify-center gap-2 rounded-md ${SIZES[size]} text-sm font-medium shadow-sm transition motion-reduce:transition-none focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2 disabled:cursor-not-allowed ${VARIANTS[variant]}`;
  return extra ? `${base} ${extra}` : base;
}
