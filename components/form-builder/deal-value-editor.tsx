"use client";
// Estimated deal value: on/off, currency, base amount, the number/currency question it comes from,
// and amounts per option of choice questions.
import { Input, Select } from "@/components/ui/input";
import { allFields, optionsOf } from "@/server/domain/forms/definition";
import { hasEditableOptions } from "@/server/domain/forms/editor/field-types";
import { setDealValue, setOptionAmount } from "@/server/domain/forms/editor/scoring-ops";
import { useFormEditor } from "./use-form-editor";

export function DealValueEditor() {
  const editor = useFormEditor();
  const { definition, scoring } = editor.state;
  const deal = scoring.dealValue;
  const ro = editor.readOnly;
  const fields = allFields(definition);
  const amountFields = fields.filter((f) => f.type === "number" || f.type === "currency");
  const choiceFields = fields.filter((f) => hasEditableOptions(f.type) || f.type === "yes_no");
  return (
    <div className="space-y-2 text-sm">
      <label className="flex items-center gap-2">
        <input type="checkbox" className="h-4 w-4" checked={!!deal} disabled={ro} onChange={(e) => editor.run((s) => setDealValue(s, e.target.checked ? {} : null))} />
        Estimate a deal value
      </label>
      {deal && (
        <>
          <div className="flex flex-wrap gap-2">
            <label className="text-xs text-slate-600">Currency<Input aria-label="Deal currency" className="mt-0.5 w-20 px-2 py-1 uppercase" maxLength={3} value={deal.currency} disabled={ro} onChange={(e) => e.target.value.length === 3 && editor.run((s) => setDealValue(s, { currency: e.target.value.toUpperCase() }))} /></label>
            <label className="text-xs text-slate-600">Base amount<Input type="number" aria-label="Deal base amount" className="mt-0.5 w-28 px-2 py-1" value={deal.base} disabled={ro} onChange={(e) => editor.run((s) => setDealValue(s, { base: Number(e.target.value) || 0 }), "deal-base")} /></label>
            <label className="min-w-0 text-xs text-slate-600">Amount from question
              <Select aria-label="Deal value question" className="mt-0.5 w-auto px-2 py-1" value={deal.fromField ?? ""} disabled={ro} onChange={(e) => editor.run((s) => setDealValue(s, { fromField: e.target.value }))}>
                <option value="">None</option>
                {amountFields.map((f) => <option key={f.key} value={f.key}>{f.label}</option>)}
              </Select>
            </label>
          </div>
          {choiceFields.map((field) => (
            <details key={field.key} className="rounded border border-slate-200 px-2 py-1">
              <summary className="cursor-pointer text-slate-700">Amounts for {field.label}</summary>
              <ul className="mt-1 space-y-1">
                {optionsOf(field).map((o) => (
                  <li key={o.value} className="flex items-center justify-between gap-2">
                    <span>{o.label}</span>
                    <Input type="number" min={0} aria-label={`${o.label} deal amount`} className="w-28 px-2 py-1" value={deal.fromOptions.find((x) => x.fieldKey === field.key && x.optionValue === o.value)?.amount ?? ""} placeholder="0" disabled={ro} onChange={(e) => editor.run((s) => setOptionAmount(s, { fieldKey: field.key, optionValue: o.value, amount: Number(e.target.value) || 0 }), `amount-${field.key}-${o.value}`)} />
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </>
      )}
    </div>
  );
}
