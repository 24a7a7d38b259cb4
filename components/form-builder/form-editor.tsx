"use client";
// The form builder: palette | canvas (steps and questions) | settings or scoring | live preview
// (below 2xl the preview is a row under the three columns).
// Below lg (phones, small tablets) the palette is a strip of question types that stays at the top
// while the form scrolls, and the settings are a sheet over the lower part of the window that
// opens when something is selected (settings-panel.tsx); the desktop columns are unchanged.
// One { definition, scoring } state changed only through the pure editor operations, with undo
// and redo, autosave of the draft and publish; leaving with unsaved changes asks first. MANAGER
// and REP get the same view, read-only: no palette, and texts that describe instead of instruct.
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type ReactNode, useRef } from "react";
import { useTRPC } from "@/components/providers/trpc";
import type { TEditorState } from "@/server/domain/forms/editor/editor-state";
import { BuilderDnd } from "./builder-dnd";
import { EditorCanvas } from "./editor-canvas";
import { EditorPreview } from "./editor-preview";
import { EditorToolbar } from "./editor-toolbar";
import { FieldPalette } from "./field-palette";
import { SettingsPanel } from "./settings-panel";
import { useAutosave } from "./use-autosave";
import { useFitStickyColumn } from "./use-fit-sticky-column";
import { publicationLabel } from "./publication-status";
import { FormEditorContext, useFormEditorState, type TLiveAtLoad } from "./use-form-editor";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";
import { useUndoShortcuts } from "./use-undo-shortcuts";

export interface TFormEditorProps {
  formId: string;
  slug: string;
  initial: TEditorState;
  updatedAt: Date;
  canEdit: boolean;
  /** What was live when the page loaded; the header follows the editor from there. */
  live: TLiveAtLoad;
  /** Keys in any version of the form published when the page loaded: read-only in the editor. */
  publishedKeys: readonly string[];
  /** The page's title line; the editor adds what is live beside it. */
  header: ReactNode;
}

export function FormEditor({ formId, slug, initial, updatedAt, canEdit, live, publishedKeys, header }: TFormEditorProps) {
  const router = useRouter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // A key in any published version (even one no longer live) may have leads, CSV columns and
  // integrations relying on it: read-only. Keys only in the draft stay editable.
  const editor = useFormEditorState(initial, !canEdit, publishedKeys, live);
  const onPublished = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.forms.versions.queryKey({ formId }) });
    router.refresh();
  };
  const save = useAutosave({ formId, state: editor.state, updatedAt, enabled: canEdit });
  useUndoShortcuts(editor.undo, editor.redo, canEdit);
  useLeaveGuard(save.unsaved);
  const paletteColumn = useRef<HTMLDivElement>(null);
  useFitStickyColumn(paletteColumn);

  return (
    <FormEditorContext.Provider value={editor}>
      {/* No native scroll anchoring in the builder: the toolbar keeps the canvas steady itself (use-steady-below.ts). */}
      <div className="space-y-3 [overflow-anchor:none]">
        <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
          {header}
          <span className="text-sm text-slate-500" data-testid="publication-status">{publicationLabel(editor.publication, editor.state)}</span>
        </div>
        {/* One live region for the builder: drag and drop moves, drops, undo, redo and removals. The
            words sit in a node keyed per announcement, so the same words twice are spoken twice (use-announcer.ts). */}
        <div aria-live="assertive" aria-atomic="true" className="sr-only" data-testid="builder-announcer">
          {editor.announcement && <span key={editor.announcementCount}>{editor.announcement}</span>}
        </div>
        <EditorToolbar formId={formId} slug={slug} status={save.status} onRetry={() => void save.retry()} flush={save.flush} onPublished={onPublished} />
        {/* Read-only (MANAGER, REP): no question palette, nothing to add. */}
        <div className={`grid grid-cols-1 items-start gap-3 max-lg:pb-16 ${canEdit ? "lg:grid-cols-[12rem_minmax(0,1fr)_22rem] 2xl:grid-cols-[12rem_minmax(0,1fr)_24rem_26rem]" : "lg:grid-cols-[minmax(0,1fr)_22rem] 2xl:grid-cols-[minmax(0,1fr)_24rem_26rem]"}`}>
          <BuilderDnd>
            {/* From lg the palette stays in view while the canvas row scrolls, and only there: it sticks
                inside its own cell (stretched to the row), so it never floats over the preview and the
                live score below (lg to 2xl), and it scrolls on its own when it is taller than the window.
                Below lg the question types' strip sticks too: one row of types that scrolls sideways, right
                under the toolbar's one row, so the two keep to a strip on a phone. Both sit under the sticky
                toolbar (its height is --builder-toolbar-h: use-sticky-toolbar.ts). The settings column
                sticks the same way from lg (settings-panel.tsx). */}
            {canEdit && (
              <div className="max-lg:sticky max-lg:top-[var(--builder-toolbar-h,0px)] max-lg:z-20 max-lg:-mx-1 max-lg:bg-slate-50/95 max-lg:px-1 max-lg:pb-1 lg:self-stretch">
                <div ref={paletteColumn} className="lg:sticky lg:top-[calc(var(--builder-toolbar-h,0px)+0.5rem)] lg:max-h-[calc(100dvh-var(--builder-toolbar-h,0px)-1rem)] lg:overflow-y-auto lg:rounded-lg" data-testid="palette-column">
                  <FieldPalette />
                </div>
              </div>
            )}
            <div>
              <EditorCanvas />
            </div>
          </BuilderDnd>
          <SettingsPanel />
          <div className={`${canEdit ? "lg:col-span-3" : "lg:col-span-2"} 2xl:col-span-1 2xl:sticky 2xl:top-[calc(var(--builder-toolbar-h,0px)+0.5rem)]`}>
            <EditorPreview state={editor.state} />
          </div>
        </div>
      </div>
    </FormEditorContext.Provider>
  );
}
