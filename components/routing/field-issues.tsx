"use client";
// The server's validation errors of the last save or publish, shown next to the field they are
// about: the editor provides them (paths like "paths.1.destination.strategy.filters.2.backlog.max",
// the routing document's), and a field reads its own by path. The analysis' errors (computed in
// the browser) are shown on the path or section at fault, as before.
import { createContext, useContext } from "react";
import { FieldError } from "@/components/ui/field-error";
import type { TIssue } from "./routing-editor-model";

const FieldIssuesContext = createContext<readonly TIssue[]>([]);

export const FieldIssuesProvider = FieldIssuesContext.Provider;

/** The message(s) for exactly `path`, with the attributes that tie the field to them. */
export function useFieldIssue(path: string) {
  const issues = useContext(FieldIssuesContext);
  const message = issues.filter((i) => i.path === path).map((i) => i.message).join(" ") || null;
  const id = `issue-${path.replace(/[^a-zA-Z0-9]+/g, "-")}`;
  return { id, message, fieldProps: message ? { "aria-invalid": true, "aria-describedby": id } : {} };
}

/** The server's issues at `prefix` or below (e.g. one path: its card opens to show them). */
export function useIssuesUnder(prefix: string): readonly TIssue[] {
  const issues = useContext(FieldIssuesContext);
  return issues.filter((i) => i.path === prefix || i.path.startsWith(`${prefix}.`));
}

/** A field's server error, linked from the field by useFieldIssue's fieldProps. */
export function FieldIssue({ path }: { path: string }) {
  const { id, message } = useFieldIssue(path);
  return <FieldError id={id} message={message} />;
}
