// Single-control fields: text, long text, email, phone, url, number, currency, date, dropdown.
import { optionsOf } from "@/server/domain/forms/form-fields";
import { autoCompleteFor, currencySymbol, describedBy, FieldHelp, FieldMessage, RequiredMark, type TFieldProps } from "./field-parts";

const CONTROL =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand-500 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 aria-[invalid=true]:border-red-500 sm:text-sm";

const INPUT_TYPES: Record<string, { type: string; inputMode?: "email" | "tel" | "url" | "decimal" }> = {
  short_text: { type: "text" },
  email: { type: "email", inputMode: "email" },
  phone: { type: "tel", inputMode: "tel" },
  url: { type: "url", inputMode: "url" },
  number: { type: "text", inputMode: "decimal" },
  currency: { type: "text", inputMode: "decimal" },
  date: { type: "date" },
};

export function TextField({ field, id, register, error, initialValue }: TFieldProps) {
  const aria = {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(field, id, error),
    "aria-required": field.required || undefined,
    defaultValue: typeof initialValue === "string" ? initialValue : undefined,
  };
  const registered = register(field.key);
  let control;
  if (field.type === "long_text") {
    control = <textarea id={id} rows={4} placeholder={field.placeholder} className={CONTROL} {...aria} {...registered} />;
  } else if (field.type === "dropdown" || field.type === "company_size") {
    control = (
      <select id={id} className={CONTROL} {...aria} {...registered}>
        <option value="">{field.placeholder ?? "Select…"}</option>
        {optionsOf(field).map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
      </select>
    );
  } else {
    const { type, inputMode } = INPUT_TYPES[field.type] ?? { type: "text" };
    const input = (
      <input
        id={id}
        type={type}
        inputMode={inputMode}
        autoComplete={autoCompleteFor(field)}
        placeholder={field.placeholder}
        className={`${CONTROL} ${field.type === "currency" ? "pl-12" : ""}`}
        {...aria}
        {...registered}
      />
    );
    control =
      field.type === "currency" ? (
        <div className="relative">
          <span aria-hidden="true" className="pointer-events-none absolute inset-y-0 left-0 flex w-11 items-center justify-center border-r border-slate-200 text-sm text-slate-500">
            {currencySymbol(field.currency)}
          </span>
          {input}
        </div>
      ) : (
        input
      );
  }
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-800">
        {field.label}
        <RequiredMark isRequired={field.required} />
        {field.type === "currency" && <span className="sr-only"> (in {(field.currency ?? "USD").toUpperCase()})</span>}
      </label>
      {control}
      <FieldHelp field={field} id={id} />
      <FieldMessage id={id} error={error} />
    </div>
  );
}
