"use client";
// Settings of the selected step: title, description, and its rules (show/hide, jump, end early).
import { useId } from "react";
import { Input, Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { TStep } from "@/server/domain/forms/definition";
import { updateStep } from "@/server/domain/forms/editor/step-ops";
import { LogicRules } from "./logic-rules";
import { useFormEditor } from "./use-form-editor";

export function StepSettings({ step }: { step: TStep }) {
  const editor = useFormEditor();
  const id = useId();
  return (
    <div className="space-y-4" data-testid="step-settings">
      <div>
        <Label htmlFor={`${id}-title`}>Step title</Label>
        <Input id={`${id}-title`} value={step.title ?? ""} disabled={editor.readOnly} onChange={(e) => editor.run((s) => updateStep(s, step.id, { title: e.target.value }), `title-${step.id}`)} />
      </div>
      <div>
        <Label htmlFor={`${id}-description`}>Description</Label>
        <Textarea id={`${id}-description`} rows={2} value={step.description ?? ""} disabled={editor.readOnly} onChange={(e) => editor.run((s) => updateStep(s, step.id, { description: e.target.value }), `description-${step.id}`)} />
      </div>
      <LogicRules target={{ kind: "step", id: step.id }} />
    </div>
  );
}
