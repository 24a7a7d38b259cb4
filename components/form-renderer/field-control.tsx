// One field of a step, by type. Hidden fields render nothing (their values come from the URL).
import { ChoiceGroup, ConsentField } from "./choice-field";
import type { TFieldProps } from "./field-parts";
import { TextField } from "./text-field";

/** company_size shows its bands as radios when there are few, a select otherwise. */
const MAX_RADIO_OPTIONS = 7;

export function FieldControl(props: TFieldProps) {
  const { field } = props;
  switch (field.type) {
    case "hidden":
      return null;
    case "statement":
      return (
        <div className="rounded-md bg-slate-50 px-4 py-3 text-sm text-slate-700">
          <p className="font-medium text-slate-900">{field.label}</p>
          {field.help && <p className="mt-1 whitespace-pre-line">{field.help}</p>}
        </div>
      );
    case "single_choice":
    case "yes_no":
      return <ChoiceGroup {...props} kind="radio" />;
    case "company_size":
      return (field.options?.length ?? 6) <= MAX_RADIO_OPTIONS ? <ChoiceGroup {...props} kind="radio" /> : <TextField {...props} />;
    case "multiple_choice":
      return <ChoiceGroup {...props} kind="checkbox" />;
    case "consent":
      return <ConsentField {...props} />;
    default:
      return <TextField {...props} />;
  }
}
