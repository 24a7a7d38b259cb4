"use client";
// Points per option of a choice question, on each scoring dimension (inline on the question's
// settings and on the scoring tab). 0 = no points. A fixed layout: the point columns keep their
// width and a long option label wraps (breaking inside a word if it must) instead of widening the
// table past the settings panel.
import { Input } from "@/components/ui/input";
import { optionsOf, type TField } from "@/server/domain/forms/definition";
import { optionPointsOf, setOptionPoints } from "@/server/domain/forms/editor/scoring-ops";
import { useFormEditor } from "./use-form-editor";

export function OptionPointsGrid({ field }: { field: TField }) {
  const editor = useFormEditor();
  const { scoring } = editor.state;
  const options = optionsOf(field);
  if (options.length === 0) return <p className="text-sm text-slate-500">Add options to give them points.</p>;
  return (
    <table className="w-full table-fixed text-sm" aria-label={`Points for ${field.label}`}>
      <colgroup>
        <col />
        {scoring.dimensions.map((d) => (
          <col key={d.key} className="w-17" />
        ))}
      </colgroup>
      <thead>
        <tr className="text-left text-xs text-slate-500">
          <th className="py-1 pr-2 font-medium">Option</th>
          {scoring.dimensions.map((d) => (
            <th key={d.key} className="px-1 py-1 font-medium break-words">{d.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {options.map((option) => (
          <tr key={option.value} className="border-t border-slate-100">
            <td className="py-1 pr-2 text-slate-800 [overflow-wrap:anywhere]">{option.label}</td>
            {scoring.dimensions.map((d) => (
              <td key={d.key} className="px-1 py-1">
                <Input
                  type="number"
                  step={1}
                  className="min-w-0 px-2 py-1"
                  aria-label={`${option.label} points on ${d.label}`}
                  value={optionPointsOf(scoring, field.key, option.value, d.key) || ""}
                  placeholder="0"
                  disabled={editor.readOnly}
                  onChange={(e) => {
                    const points = e.target.value === "" ? 0 : Math.trunc(Number(e.target.value));
                    if (Number.isFinite(points)) editor.run((s) => setOptionPoints(s, { fieldKey: field.key, optionValue: option.value, dimension: d.key, points }), `points-${field.key}-${option.value}-${d.key}`);
                  }}
                />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
