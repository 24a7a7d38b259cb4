"use client";
// The routing editor's sticky publish bar: the status (what is published, anything unsaved, or
// nothing to publish), Save draft, Discard draft, the publish note and Publish. On a phone it is
// two short lines (the status; the buttons and the note), the buttons compact and "Save" /
// "Discard" with " draft" kept for screen readers (the names stay "Save draft", "Discard draft"),
// and the note's placeholder short enough to be read whole in what is left of 390 px.
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

const COMPACT = "px-2 py-1.5 sm:px-3.5 sm:py-2";

export interface TPublishBarProps {
  status: string;
  note: string;
  setNote: (note: string) => void;
  canSave: boolean;
  canDiscard: boolean;
  discardTitle?: string;
  /** Why Publish is disabled (beyond a pending write), or null: its tooltip and description. */
  publishBlocked: string | null;
  /** The status says why (nothing to publish): it describes the disabled Publish. */
  isStatusTheReason: boolean;
  busy: boolean;
  onSave: () => void;
  onDiscard: () => void;
  onPublish: () => void;
}

export function PublishBar(props: TPublishBarProps) {
  return (
    <div className="sticky top-0 z-10 flex flex-col gap-1.5 rounded-lg border border-slate-200 bg-white p-2 shadow-sm sm:flex-row sm:flex-wrap sm:items-center sm:gap-3 sm:p-3">
      <p id="routing-status" className="text-xs text-slate-700 sm:mr-auto sm:text-sm" data-testid="routing-status">{props.status}</p>
      <div className="flex items-center gap-1.5 sm:gap-3">
        <Button variant="secondary" className={COMPACT} disabled={props.busy || !props.canSave} onClick={props.onSave}>
          <span>Save<span className="sr-only sm:not-sr-only"> draft</span></span>
        </Button>
        <Button variant="ghost" className={COMPACT} disabled={props.busy || !props.canDiscard} title={props.discardTitle} onClick={props.onDiscard}>
          <span>Discard<span className="sr-only sm:not-sr-only"> draft</span></span>
        </Button>
        <div className="min-w-0 flex-1 sm:flex-none">
          <label htmlFor="publish-note" className="sr-only">Publish note</label>
          <Input id="publish-note" className="w-full px-2 py-1.5 sm:w-56 sm:px-3 sm:py-2" placeholder="What changed?" value={props.note} maxLength={500} onChange={(e) => props.setNote(e.target.value)} />
        </div>
        <Button className={COMPACT} disabled={props.busy || props.publishBlocked !== null} title={props.publishBlocked ?? undefined}
          aria-describedby={props.isStatusTheReason ? "routing-status" : undefined} onClick={props.onPublish}>
          Publish
        </Button>
      </div>
    </div>
  );
}
