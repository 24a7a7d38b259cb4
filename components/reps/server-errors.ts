// Puts the server's field errors (tRPC error data.details [{ path, message }]) back on the form.
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { errorDetails, errorMessage } from "@/components/members/trpc-error";

/**
 * Field errors go under their fields; anything else becomes the form's root error. `prefix` is
 * stripped from paths of procedures that nest the form, e.g. "profile." for reps.update.
 */
export function applyServerErrors<T extends FieldValues>(setError: UseFormSetError<T>, error: unknown, prefix = ""): void {
  const details = errorDetails(error);
  for (const detail of details) {
    const path = detail.path.startsWith(prefix) ? detail.path.slice(prefix.length) : detail.path;
    setError((path || "root") as Path<T> | "root", { type: "server", message: detail.message });
  }
  if (details.length === 0) setError("root", { type: "server", message: errorMessage(error) });
}
