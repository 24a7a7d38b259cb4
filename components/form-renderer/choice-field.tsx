// Grouped choices (radio and checkbox groups in a fieldset with a legend) and the consent checkbox.
import { optionsOf } from "@/server/domain/forms/form-fields";
import { describedBy, errorId, FieldHelp, FieldMessage, RequiredMark, type TFieldProps } from "./field-parts";

const OPTION =
  "flex cursor-pointer items-center gap-3 rounded-md border border-slate-300 bg-white px-3 py-2.5 text-sm text-slate-800 hover:border-brand-500 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500";
const MARK = "h-4 w-4 shrink-0 accent-brand-600 focus:outline-none";

export function ChoiceGroup({ field, id, register, error, kind, initialValue }: TFieldProps & { kind: "radio" | "checkbox" }) {
  const options = optionsOf(field);
  const isInline = field.type === "yes_no";
  const registered = register(field.key);
  return (
    <fieldset aria-describedby={describedBy(field, id, error)} aria-invalid={error ? true : undefined}>
      <legend className="mb-1 text-sm font-medium text-slate-800">
        {field.label}
        <RequiredMark isRequired={field.required} isGroup />
      </legend>
      <FieldHelp field={field} id={id} />
      <div className={`mt-2 grid gap-2 ${isInline ? "grid-cols-2 sm:max-w-xs" : options.length > 4 ? "sm:grid-cols-2" : ""}`}>
        {options.map((option, index) => (
          <label key={option.value} className={OPTION}>
            <input
              id={index === 0 ? id : `${id}-${index}`}
              type={kind}
              value={option.value}
              defaultChecked={initialValue === undefined ? undefined : Array.isArray(initialValue) ? initialValue.includes(option.value) : initialValue === option.value}
              className={MARK}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId(id) : undefined}
              {...registered}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldMessage id={id} error={error} />
    </fieldset>
  );
}

export function ConsentField({ field, id, register, error, initialValue }: TFieldProps) {
  return (
    <div>
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          defaultChecked={initialValue === undefined ? undefined : initialValue === true}
          className={`${MARK} mt-0.5 focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2`}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(field, id, error)}
          aria-required={field.required || undefined}
          {...register(field.key)}
        />
        <label htmlFor={id} className="text-sm text-slate-800">
          {field.label}
          <RequiredMark isRequired={field.required} />
        </label>
      </div>
      <div className="pl-7">
        <FieldHelp field={field} id={id} />
        <FieldMessage id={id} error={error} />
      </div>
    </div>
  );
}
