"use client";
// A form's submit button that asks first (for irreversible actions in server-action forms, e.g.
// cancelling a meeting, which emails the prospect): declining leaves the form unsent.
import type { ReactNode } from "react";

export function ConfirmSubmitButton({ question, className, children }: { question: string; className?: string; children: ReactNode }) {
  return (
    <button type="submit" className={className} onClick={(event) => { if (!window.confirm(question)) event.preventDefault(); }}>
      {children}
    </button>
  );
}
