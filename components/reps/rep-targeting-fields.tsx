"use client";
// What leads suit the rep: segments, skills, industries, languages, regions.
import { Input } from "@/components/ui/input";
import { SEGMENT_LABELS, SEGMENTS } from "@/server/domain/reps/rep-options";
import { fieldMessage, FormField } from "./form-field";
import type { TRepForm } from "./rep-form-types";

const TAG_FIELDS = [
  { name: "skills", label: "Skills", placeholder: "Demos, Negotiation" },
  { name: "industries", label: "Industries", placeholder: "SaaS, Fintech" },
  { name: "languages", label: "Languages", placeholder: "English, German" },
  { name: "regions", label: "Regions", placeholder: "EMEA, DACH" },
] as const;

export function RepTargetingFields({ form }: { form: TRepForm }) {
  const { register, formState: { errors } } = form;
  const segmentsError = fieldMessage(errors, "segments");
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <fieldset className="sm:col-span-2" aria-describedby="rep-segments-error">
        <legend className="mb-1 text-sm font-medium text-slate-700">Segments</legend>
        <div className="flex flex-wrap gap-4">
          {SEGMENTS.map((segment) => (
            <label key={segment} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={segment} className="h-4 w-4 rounded border-slate-300" {...register("segments")} />
              {SEGMENT_LABELS[segment]}
            </label>
          ))}
        </div>
        {segmentsError && <p id="rep-segments-error" role="alert" className="mt-1 text-sm text-red-600">{segmentsError}</p>}
      </fieldset>
      {TAG_FIELDS.map((field) => (
        <FormField key={field.name} id={`rep-${field.name}`} label={field.label} error={fieldMessage(errors, field.name)} hint="Separate with commas.">
          <Input
            id={`rep-${field.name}`}
            placeholder={field.placeholder}
            {...register(field.name)}
            aria-invalid={Boolean(fieldMessage(errors, field.name))}
            aria-describedby={`rep-${field.name}-error`}
          />
        </FormField>
      ))}
    </div>
  );
}
