// Small shared pieces of the renderer's fields: ids, the required mark, help text, error message.
import type { TField } from "@/server/domain/forms/definition";
import type { UseFormRegister } from "react-hook-form";
import type { TFormValues, TInputValue } from "./answer-values";

export interface TFieldProps {
  field: TField;
  /** Unique id of the field's control (and prefix of its help/error ids). */
  id: string;
  register: UseFormRegister<TFormValues>;
  error?: string;
  /** Rendered into the control on the first render (the server's): react-hook-form sets values only once attached. */
  initialValue?: TInputValue;
}

export function helpId(id: string): string {
  return `${id}-help`;
}
export function errorId(id: string): string {
  return `${id}-error`;
}

/** aria-describedby for a control: its help text and its error, when present. */
export function describedBy(field: TField, id: string, error?: string): string | undefined {
  const ids = [field.help ? helpId(id) : null, error ? errorId(id) : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function RequiredMark({ isRequired, isGroup = false }: { isRequired: boolean; isGroup?: boolean }) {
  if (!isRequired) return null;
  return (
    <>
      <span aria-hidden="true" className="ml-0.5 text-red-600">*</span>
      {/* Inputs carry aria-required; groups (fieldsets) say it in words. */}
      {isGroup && <span className="sr-only"> (required)</span>}
    </>
  );
}

export function FieldHelp({ field, id }: { field: TField; id: string }) {
  if (!field.help) return null;
  return (
    <p id={helpId(id)} className="mt-1 text-sm text-slate-500">
      {field.help}
    </p>
  );
}

/**
 * A field's error, no live region: several at once would be read out together ("This field is
 * required" four times). The form moves the focus to the first invalid control, whose
 * aria-describedby names this message, so it is read with the field's own label.
 */
export function FieldMessage({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={errorId(id)} className="mt-1.5 text-sm font-medium text-red-700">
      {error}
    </p>
  );
}

const SYMBOLS: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥", CAD: "CA$", AUD: "A$", CHF: "CHF", INR: "₹", SEK: "kr", NOK: "kr", DKK: "kr", BRL: "R$", MXN: "MX$", NZD: "NZ$", SGD: "S$", ZAR: "R", PLN: "zł" };

/** A fixed table (not Intl) so the server and every browser render the same symbol. */
export function currencySymbol(code: string | undefined): string {
  const upper = (code ?? "USD").toUpperCase();
  return SYMBOLS[upper] ?? upper;
}

/** Browser autofill hints for common field keys (name, company, …). */
export function autoCompleteFor(field: TField): string | undefined {
  if (field.type === "email") return "email";
  if (field.type === "phone") return "tel";
  if (field.type === "url") return "url";
  const byKey: Record<string, string> = {
    name: "name", full_name: "name", first_name: "given-name", last_name: "family-name",
    company: "organization", company_name: "organization", organization: "organization",
    job_title: "organization-title", title: "organization-title", country: "country-name",
  };
  return byKey[field.key];
}
