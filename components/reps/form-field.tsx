import type { ReactNode } from "react";
import { get, type FieldErrors, type FieldValues } from "react-hook-form";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";

/** The message for `path`, or for the first entry under it (tag lists, field arrays). */
export function fieldMessage<T extends FieldValues>(errors: FieldErrors<T>, path: string): string | undefined {
  const error: unknown = get(errors, path);
  if (!error || typeof error !== "object") return undefined;
  const own = (error as { message?: unknown; root?: { message?: unknown } }).message ?? (error as { root?: { message?: unknown } }).root?.message;
  if (typeof own === "string") return own;
  for (const child of Object.values(error)) {
    const message = (child as { message?: unknown } | null)?.message;
    if (typeof message === "string") return message;
  }
  return undefined;
}

/** Label, control, hint and the field's error message underneath. */
export function FormField({ id, label, error, hint, children, className = "" }: { id: string; label: ReactNode; error?: string; hint?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <div className={className}>
      <Label htmlFor={id}>{label}</Label>
      {children}
      {hint && !error && <p className="mt-1 text-xs text-slate-500">{hint}</p>}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
