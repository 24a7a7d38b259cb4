"use client";
// The form builder: palette | canvas (steps and questions) | settings or scoring | live preview.
// One { definition, scoring } state changed only through the pure editor operations, with undo
// and redo, autosave of the draft and publish; leaving with unsaved changes asks first. MANAGER
// and REP get the same view, read-only: no palette, and texts that describe instead of instruct.
import { useRouter } from "next/navigation";
import type { TEditorState } from "@/server/domain/forms/editor/editor-state";
import { BuilderDnd } from "./builder-dnd";
import { EditorCanvas } from "./editor-canvas";
import { EditorPreview } from "./editor-preview";
import { EditorToolbar } from "./editor-toolbar";
import { FieldPalette } from "./field-palette";
import { SettingsPanel } from "./settings-panel";
import { useAutosave } from "./use-autosave";
import { FormEditorContext, useFormEditorState } from "./use-form-editor";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";
import { useUndoShortcuts } from "./use-undo-shortcuts";

export interface TFormEditorProps {
  formId: string;
  slug: string;
  initial: TEditorState;
  updatedAt: Date;
  canEdit: boolean;
}

export function FormEditor({ formId, slug, initial, updatedAt, canEdit }: TFormEditorProps) {
  const router = useRouter();
  const editor = useFormEditorState(initial, !canEdit);
  const save = useAutosave({ formId, state: editor.state, updatedAt, enabled: canEdit });
  useUndoShortcuts(editor.undo, editor.redo, canEdit);
  useLeaveGuard(save.unsaved);

  return (
    <FormEditorContext.Provider value={editor}>
      <div className="space-y-3">
        <EditorToolbar formId={formId} slug={slug} status={save.status} onRetry={() => void save.retry()} flush={save.flush} onPublished={() => router.refresh()} />
        {/* Read-only (MANAGER, REP): no question palette, nothing to add. */}
        <div className={`grid items-start gap-3 ${canEdit ? "lg:grid-cols-[10.5rem_minmax(0,1fr)_22rem] 2xl:grid-cols-[10.5rem_minmax(0,1fr)_24rem_26rem]" : "lg:grid-cols-[minmax(0,1fr)_22rem] 2xl:grid-cols-[minmax(0,1fr)_24rem_26rem]"}`}>
          <BuilderDnd>
            {canEdit && (
              <div className="lg:sticky lg:top-2">
                <FieldPalette />
              </div>
            )}
            <div>
              <EditorCanvas />
            </div>
          </BuilderDnd>
          <SettingsPanel />
          <div className={`${canEdit ? "lg:col-span-3" : "lg:col-span-2"} 2xl:col-span-1 2xl:sticky 2xl:top-2`}>
            <EditorPreview state={editor.state} />
          </div>
        </div>
      </div>
    </FormEditorContext.Provider>
  );
}
