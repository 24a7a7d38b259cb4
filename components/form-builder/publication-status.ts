// What the builder's header says about publishing, from the editor's own state: the live version
// (the page's at load, then each version this editor publishes) and whether the editor's
// definition and scoring differ from what is live. The page knows at load whether its draft
// differs; after a publish the editor compares its current state with the state it published,
// so an edit, and an undo back to the published state, show at once (no reload).
import type { TEditorState } from "@/server/domain/forms/editor/editor-state";

export interface TPublication {
  /** The live version's number; null before the first publish. */
  liveVersion: number | null;
  /** The editor state that is live, as JSON; null when unknown (the page's draft differed at load). */
  liveState: string | null;
}

export function initialPublication(liveVersion: number | null, hasUnpublishedChanges: boolean, initial: TEditorState): TPublication {
  return { liveVersion, liveState: liveVersion !== null && !hasUnpublishedChanges ? JSON.stringify(initial) : null };
}

export function publishedAs(version: number, state: TEditorState): TPublication {
  return { liveVersion: version, liveState: JSON.stringify(state) };
}

export function hasUnpublishedChanges(publication: TPublication, state: TEditorState): boolean {
  return publication.liveState === null || publication.liveState !== JSON.stringify(state);
}

/** "Not published yet", "Live: version 2", "Live: version 2 · unpublished changes". */
export function publicationLabel(publication: TPublication, state: TEditorState): string {
  if (publication.liveVersion === null) return "Not published yet";
  return `Live: version ${publication.liveVersion}${hasUnpublishedChanges(publication, state) ? " · unpublished changes" : ""}`;
}
