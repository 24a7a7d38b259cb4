"use client";
// A settings input's own problem: aria-invalid on the input, and the message below it tied to the
// input with aria-describedby (screen readers read it with the input).
export function problemProps(inputId: string, message: string | undefined) {
  return { "aria-invalid": message ? true : undefined, "aria-describedby": message ? `${inputId}-problem` : undefined };
}

export function ProblemText({ inputId, message, className = "mt-1" }: { inputId: string; message: string | undefined; className?: string }) {
  if (!message) return null;
  return (
    <p id={`${inputId}-problem`} className={`${className} text-xs text-red-700`}>
      {message}
    </p>
  );
}
