"use client";
// Undo / redo, the save indicator, publish — one row at every width, a phone's too (the status
// between Redo and Publish, as it is read and tabbed: a long one wraps inside its room); an edit's
// notice on its own row below them (Publish stays on the row of Undo when it appears). The notice
// coming or going does not move what the marketer is looking at: the page scrolls by the toolbar's
// change in height in the same frame, so the canvas and the settings below stay where they were
// (use-steady-below.ts; a settings column already stuck under the toolbar moves down with its
// bottom edge, as the palette does). A draft that cannot
// be saved says why and where (a long reason never pushes Publish off the row of Undo); clicking
// the reason selects the question (or step) at fault. A draft publish would refuse for
// its scoring (every lead in the floor tier) says so before Publish is pressed.
import { Button } from "@/components/ui/button";
import { problemTarget } from "./builder-model";
import { useMemo, useRef } from "react";
import { type TDraftProblem, problemSummary, scoringPublishProblem } from "./draft-problems";
import { PublishButton } from "./publish-panel";
import type { TSaveStatus } from "./use-autosave";
import { useFormEditor } from "./use-form-editor";
import { useSteadyBelow } from "./use-steady-below";
import { useStickyToolbar } from "./use-sticky-toolbar";

function InvalidDraft({ problem }: { problem: TDraftProblem }) {
  const editor = useFormEditor();
  const target = problemTarget(editor.state.definition, problem);
  const summary = problemSummary(problem);
  return (
    <span className="text-amber-800">
      Not saved — {target ? <button type="button" className="text-left underline decoration-dotted" onClick={() => editor.select(target)}>{summary}</button> : summary}
    </span>
  );
}

function SaveIndicator({ status, onRetry }: { status: TSaveStatus; onRetry: () => void }) {
  switch (status.kind) {
    case "saved":
      return <span className="text-emerald-700">Saved</span>;
    case "pending":
    case "saving":
      return <span className="text-slate-500">Saving…</span>;
    case "invalid":
      return <InvalidDraft problem={status.problem} />;
    case "error":
      return (
        <span className="text-red-700">
          Not saved — <button type="button" className="underline" onClick={onRetry}>retry</button>
        </span>
      );
    case "conflict":
      return (
        <span role="alert" className="text-red-700">
          This draft was changed in another tab — <a href="" data-discards-changes className="underline">reload to see it</a>
        </span>
      );
  }
}

function ScoringWarning() {
  const editor = useFormEditor();
  const problem = useMemo(() => scoringPublishProblem(editor.state), [editor.state]);
  if (!problem) return null;
  return <p className="basis-full text-sm text-amber-800" data-testid="publish-warning">Cannot publish yet — {problem.message} (Scoring tab, Tiers).</p>;
}

export function EditorToolbar({ formId, slug, status, onRetry, flush, onPublished }: { formId: string; slug: string; status: TSaveStatus; onRetry: () => void; flush: () => Promise<boolean>; onPublished: () => void }) {
  const editor = useFormEditor();
  const toolbar = useRef<HTMLDivElement | null>(null);
  const band = useRef<HTMLDivElement | null>(null);
  useSteadyBelow(toolbar, editor.notice);
  useStickyToolbar(band);
  return (
    // Sticks to the top of the window (the app header scrolls away above it) on a band of the page's
    // colour, so the cards scrolling under it never show past its rounded corners; above the
    // question types' strip and the canvas (its Publish panel opens over them), below the phone's
    // settings sheet, which never reaches the top. On a phone it keeps to a strip: one row, tighter padding.
    <div ref={band} className="sticky top-0 z-30 -mx-1 bg-slate-50 px-1 py-1" data-testid="builder-toolbar">
      <div ref={toolbar} className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white px-3 py-2 shadow-sm max-sm:gap-x-2 max-sm:gap-y-1 max-sm:px-2 max-sm:py-1.5">
        {editor.readOnly ? (
          <p className="text-sm text-slate-600">View only: your role can look at this form but not change it.</p>
        ) : (
          <>
            <Button variant="secondary" className="px-2.5 py-1" onClick={editor.undo} disabled={!editor.canUndo} title="Undo (Ctrl+Z)">Undo</Button>
            <Button variant="secondary" className="px-2.5 py-1" onClick={editor.redo} disabled={!editor.canRedo} title="Redo (Ctrl+Shift+Z)">Redo</Button>
            {/* A long status ("Not saved — Step 3, question 8 (…): …") never pushes Publish off the row of
                Undo: it wraps inside the room left beside them (on a phone too: one row, and the Tab
                order is the order on screen — Undo, Redo, the status's retry or problem link, Publish). */}
            <p className="min-w-0 flex-1 text-sm" aria-live="polite" data-testid="save-status"><SaveIndicator status={status} onRetry={onRetry} /></p>
          </>
        )}
        <div className="ml-auto">{!editor.readOnly && <PublishButton formId={formId} slug={slug} flush={flush} onPublished={onPublished} />}</div>
        {/* A row of its own under the buttons: a long notice (a removed option rules still compare) never
            pushes Publish to a second row; the canvas below does not move when it comes or goes. */}
        {editor.notice && <p role="alert" className="basis-full text-sm text-red-700" data-testid="editor-notice">{editor.notice}</p>}
        {!editor.readOnly && <ScoringWarning />}
      </div>
    </div>
  );
}
