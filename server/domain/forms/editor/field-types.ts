// How the editor names each field type, and the field a palette item creates.
import { CHOICE_FIELD_TYPES, type TField, type TFieldType } from "../definition";

export const FIELD_TYPE_LABELS: Record<TFieldType, string> = {
  short_text: "Short text",
  long_text: "Long text",
  email: "Email",
  phone: "Phone",
  url: "Website",
  number: "Number",
  currency: "Currency",
  single_choice: "Single choice",
  multiple_choice: "Multiple choice",
  dropdown: "Dropdown",
  yes_no: "Yes / no",
  date: "Date",
  company_size: "Company size",
  consent: "Consent",
  statement: "Statement",
  hidden: "Hidden field",
};

const DEFAULT_LABELS: Partial<Record<TFieldType, string>> = {
  email: "Work email",
  phone: "Phone number",
  url: "Company website",
  currency: "Budget",
  yes_no: "Are you an existing customer?",
  consent: "I agree to be contacted",
  statement: "A few words before the next questions",
  hidden: "UTM source",
};

/** Choice types whose options the marketer lists (company_size may, yes_no has fixed ones). */
export function hasEditableOptions(type: TFieldType): boolean {
  return CHOICE_FIELD_TYPES.includes(type);
}

/** A new field of this type with the given key (options for choice types, currency for currency). */
export function newField(type: TFieldType, key: string, label?: string): TField {
  const field: TField = { key, type, label: label?.trim() || DEFAULT_LABELS[type] || FIELD_TYPE_LABELS[type], required: false };
  if (type === "single_choice" || type === "multiple_choice" || type === "dropdown") {
    field.options = [
      { value: "option_1", label: "Option 1" },
      { value: "option_2", label: "Option 2" },
    ];
  }
  if (type === "currency") field.currency = "USD";
  return field;
}
