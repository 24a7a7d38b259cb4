"use client";
// The routing-path editor: ordered paths as a readable flow, each editable; the fallback and
// policies; live analysis (errors block publishing, warnings shown on the path at fault); save,
// publish with a note, discard; the Test-a-lead and Replay panels. Publish is disabled while the
// draft equals the published config, compared as the server compares them (publish-state.ts); the
// publish bar is two short lines on a phone (status; note and buttons).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { errorCode, errorDetails, errorMessage } from "@/components/members/trpc-error";
import { Button } from "@/components/ui/button";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";
import { analyzeRoutingConfig } from "@/server/domain/routing/analyze-config";
import { FallbackPoliciesEditor } from "./fallback-policies-editor";
import { PathCard } from "./path-card";
import { PublishBar } from "./publish-bar";
import { ReplayPanel } from "./replay-panel";
import { RepStrengthsCard } from "./rep-strengths-card";
import { FieldIssuesProvider } from "./field-issues";
import { Notice } from "./notice";
import { choiceIssues, destinationChoiceDetails, destinationChoiceRefusal, duplicatePath, generalIssues, issuesOfPath, keepUnchangedIssues, movePath, newPath, notRunReason, withDestinationChoices, type TDraft, type TEditorData, type TIssue } from "./routing-editor-model";
import { publishBlockedReason, publishedConfigOf, routingStatusText, unchangedVersion, type TPublishedConfig } from "./publish-state";
import { TestLeadPanel } from "./test-lead-panel";
import { problemLines } from "./server-problems";
import { useRoutingApi } from "./use-routing-api";

export function RoutingEditor() {
  const api = useRoutingApi();
  // Never refetched behind the editor's back (that would drop unsaved edits); reloaded after publish/discard.
  const query = useQuery(api.get.queryOptions(undefined, { staleTime: Infinity, refetchOnWindowFocus: false }));
  // The outcome of the last save/publish/discard lives here: the reload after a publish remounts
  // the editor (fresh draft state), and "Published version N." must still be there to read.
  const [message, setMessage] = useState<TEditorMessage | null>(null);
  if (query.error) return <p role="alert" className="text-sm text-red-600">{errorMessage(query.error)}</p>;
  if (!query.data) return <p className="text-sm text-slate-500">Loading routing…</p>;
  return <LoadedEditor key={query.dataUpdatedAt} data={query.data} message={message} setMessage={setMessage} />;
}

type TEditorMessage = { tone: "ok" | "error"; text: string; details?: string[] };

const ROUTING_LEAVE_WARNING = "The routing has changes that are not saved. Leave and lose them?";

interface TLoadedProps {
  data: TEditorData;
  message: TEditorMessage | null;
  setMessage: (message: TEditorMessage | null) => void;
}

function LoadedEditor({ data, message, setMessage }: TLoadedProps) {
  const api = useRoutingApi();
  const queryClient = useQueryClient();
  const [draft, setDraftState] = useState<TDraft>(data.draft);
  // The config in force as loaded (routing.get); this editor's own publish sets it at once, before the reload brings it.
  const [published, setPublished] = useState<TPublishedConfig | null>(data.published);
  const [isDirty, setIsDirty] = useState(false);
  // The revision this editor's draft is based on: sent with every write; another manager's save,
  // publish or rollback since then makes the write a CONFLICT instead of overwriting theirs.
  const [revision, setRevision] = useState(data.draftRevision);
  const [conflict, setConflict] = useState(false);
  useLeaveGuard(isDirty, ROUTING_LEAVE_WARNING);
  const [differsFromPublished, setDiffersFromPublished] = useState(data.hasUnpublishedChanges);
  const [note, setNote] = useState("");
  // The server's validation errors of the last save/publish, shown at their fields until edited.
  const [serverIssues, setServerIssues] = useState<TIssue[]>([]);
  const analysis = analyzeRoutingConfig(draft, data.analysisContext);
  // A path whose team or rep, or a review whose reviewer, is not chosen yet: its own message, and no save.
  const choices = choiceIssues(draft);
  const errors = withDestinationChoices(analysis.errors, choices);
  const unchangedSince = unchangedVersion(draft, published);
  const setDraft = (next: TDraft) => {
    setServerIssues((issues) => keepUnchangedIssues(issues, draft, next));
    setDraftState(next);
    setIsDirty(true);
  };
  // A refused write: the problems go to their fields (serverIssues, by path) and, each once in the
  // server's words without the dotted path, to the list under the message (problemLines).
  const fail = (e: unknown) => {
    if (errorCode(e) === "CONFLICT") setConflict(true);
    const details = errorDetails(e);
    setServerIssues(details);
    setMessage({ tone: "error", text: errorMessage(e), details: problemLines(details) });
  };
  const save = useMutation(api.saveDraft.mutationOptions({ onError: fail }));
  const publish = useMutation(api.publish.mutationOptions({ onError: fail }));
  const discard = useMutation(api.discardDraft.mutationOptions({ onError: fail }));
  const reload = () => queryClient.invalidateQueries({ queryKey: api.get.queryKey() });
  const onReload = async () => {
    setMessage({ tone: "ok", text: "Reloaded: this is the routing as it is now." });
    await reload();
  };

  // Saves the draft if it changed. Null once saved (or nothing to save), else why Test a lead or
  // Replay did not run (notRunReason: said next to their button; the refusal itself is up here).
  const saveNow = async (): Promise<string | null> => {
    if (!isDirty) return null;
    if (choices.length > 0) {
      setMessage({ tone: "error", text: destinationChoiceRefusal(choices), details: destinationChoiceDetails(choices) });
      return notRunReason(choices);
    }
    try {
      const saved = await save.mutateAsync({ config: draft, baseRevision: revision });
      setRevision(saved.revision);
      setServerIssues([]);
      setIsDirty(false);
      setDiffersFromPublished(true);
      return null;
    } catch {
      return notRunReason([]);
    }
  };
  const onSave = async () => {
    if ((await saveNow()) === null) setMessage({ tone: "ok", text: "Draft saved." });
  };
  const onPublish = async () => {
    const result = await publish.mutateAsync({ note, config: draft, baseRevision: revision }).catch(() => null);
    if (!result) return;
    setServerIssues([]);
    setIsDirty(false);
    setNote("");
    const config = publishedConfigOf(draft);
    if (result.changed && config) setPublished({ version: result.version, config });
    const text = result.changed ? `Published version ${result.version}.` : `Nothing changed: the draft is the published version ${result.version}, so no new version was published.`;
    setMessage({ tone: "ok", text, details: result.warnings.map((w) => `Warning: ${w.message}`) });
    await reload();
  };
  const onDiscard = async () => {
    if (!window.confirm("Discard the draft and go back to the published routing?")) return;
    const restored = await discard.mutateAsync({ baseRevision: revision }).catch(() => null);
    if (!restored) return;
    setDraftState(restored.draft);
    setRevision(restored.revision);
    setServerIssues([]);
    setIsDirty(false);
    setMessage({ tone: "ok", text: "Draft discarded." });
    await reload();
  };

  const paths = draft.paths;
  const setPaths = (next: TDraft["paths"]) => setDraft({ ...draft, paths: next });
  // A new path opens at its editor: its team is to be chosen (newPath, destinationChoiceIssues).
  const [addedPathId, setAddedPathId] = useState<string | null>(null);
  const addPath = () => {
    const path = newPath();
    setAddedPathId(path.id);
    setPaths([...paths, path]);
  };
  const busy = save.isPending || publish.isPending || discard.isPending || conflict;
  const status = routingStatusText({ publishedVersion: data.publishedVersion, unchangedSince, isDirty, differsFromPublished });
  const blocked = publishBlockedReason({ errorCount: errors.length, unchangedSince });

  return (
    <FieldIssuesProvider value={serverIssues}>
      <div className="space-y-6">
        <PublishBar status={status} note={note} setNote={setNote} busy={busy} canSave={isDirty} publishBlocked={blocked} isStatusTheReason={errors.length === 0 && unchangedSince !== null}
          canDiscard={data.publishedVersion !== null && (isDirty || differsFromPublished)} discardTitle={!isDirty && !differsFromPublished ? "Nothing to discard: the draft is the published routing" : undefined}
          onSave={() => void onSave()} onDiscard={() => void onDiscard()} onPublish={() => void onPublish()} />
        {message && (
          <Notice tone={message.tone} text={message.text} details={message.details}>
            {conflict && <Button variant="secondary" className="mt-2" onClick={() => void onReload()}>Reload the routing (drops your changes)</Button>}
          </Notice>
        )}
        {errors.length > 0 && <p className="text-sm text-red-700">{errors.length} error(s) block publishing; they are shown on the path or section at fault.</p>}
        {generalIssues(analysis.warnings).filter((w) => w.path === "paths").map((w, i) => <p key={i} className="text-sm text-amber-800">{w.message}</p>)}

        <section aria-labelledby="routing-paths-heading" className="space-y-3">
          <div className="flex items-center justify-between">
            <h2 id="routing-paths-heading" className="text-lg font-semibold text-slate-900">Routing paths (first match wins)</h2>
            <Button variant="secondary" onClick={addPath}>+ Add path</Button>
          </div>
          {paths.length === 0 && <p className="text-sm text-slate-500">No paths: every lead goes to the fallback queue.</p>}
          <ol className="space-y-3" aria-label="Routing paths">
            {paths.map((p, i) => (
              <PathCard key={p.id} path={p} index={i} count={paths.length} data={data}
                errors={issuesOfPath(errors, i)} isNew={p.id === addedPathId} warnings={issuesOfPath(analysis.warnings, i)}
                onChange={(next) => setPaths(paths.map((x, j) => (j === i ? next : x)))}
                onMove={(by) => setPaths(movePath(paths, i, by))}
                onDuplicate={() => setPaths([...paths.slice(0, i + 1), duplicatePath(p), ...paths.slice(i + 1)])}
                onRemove={() => setPaths(paths.filter((_, j) => j !== i))} />
            ))}
          </ol>
          <p className="text-sm text-slate-500">Then, when no path places the lead: the fallback queue below.</p>
        </section>

        <FallbackPoliciesEditor draft={draft} data={data} issues={generalIssues(errors).filter((e) => /^(fallback|policies)\b/.test(e.path))} onChange={setDraft} />
        <TestLeadPanel data={data} beforeRun={saveNow} />
        <ReplayPanel beforeRun={saveNow} isPublished={data.publishedVersion !== null} />
        <RepStrengthsCard />
      </div>
    </FieldIssuesProvider>
  );
}
