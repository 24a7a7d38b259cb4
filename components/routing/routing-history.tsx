"use client";
// Version history of the routing config: every published version (who, when, note: RoutingVersions,
// cards on a phone and a table from `sm` up), the changes between two chosen versions in words, and
// rollback (publishes a copy of an older version). Publish times are in the viewer's zone, as on
// the leads pages (<LocalTime>).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { errorDetails, errorMessage } from "@/components/members/trpc-error";
import { Card } from "@/components/ui/card";
import { Select } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Notice } from "./notice";
import { defaultCompare, rollbackRefusal, type TNotice } from "./routing-history-model";
import { RoutingVersions } from "./routing-versions";
import { useRoutingApi } from "./use-routing-api";

export function RoutingHistory() {
  const api = useRoutingApi();
  const queryClient = useQueryClient();
  const versions = useQuery(api.versions.queryOptions());
  // Whether the saved draft differs from the published config: Compare then starts at "Current draft".
  const editor = useQuery(api.get.queryOptions());
  const list = versions.data ?? [];
  const [from, setFrom] = useState<string>("");
  const [to, setTo] = useState<string>("");
  const initial = defaultCompare(list, editor.data?.hasUnpublishedChanges ?? false);
  const fromV = from ? Number(from) : (initial?.from ?? 0);
  const toV = to === "draft" ? "draft" : to ? Number(to) : (initial?.to ?? 0);
  const diff = useQuery({ ...api.diff.queryOptions({ from: fromV, to: toV }), enabled: fromV > 0 && (toV === "draft" || toV > 0) && !editor.isPending });
  const [message, setMessage] = useState<TNotice | null>(null);
  const rollback = useMutation(api.rollback.mutationOptions({
    onSuccess: async (r, input) => {
      setMessage({ tone: "ok", text: `Rolled back: version ${r.version} is a copy of version ${input.version}.`, details: [] });
      await queryClient.invalidateQueries({ queryKey: api.versions.queryKey() });
      await queryClient.invalidateQueries({ queryKey: api.get.queryKey() });
      await queryClient.invalidateQueries({ queryKey: api.diff.queryKey() });
    },
    // Refused (e.g. the version reads a question no form has now): what the server found, path by path.
    onError: (e, input) => setMessage(rollbackRefusal(input.version, { message: errorMessage(e), details: errorDetails(e) })),
  }));

  if (versions.error) return <p role="alert" className="text-sm text-red-600">{errorMessage(versions.error)}</p>;
  if (!versions.data) return <p className="text-sm text-slate-500">Loading history…</p>;
  return (
    <div className="space-y-6">
      {message && <Notice tone={message.tone} text={message.text} details={message.details} />}
      <Card title={`Versions (${list.length})`}>
        {list.length === 0 ? <p className="text-sm text-slate-500">Nothing published yet.</p> : (
          <RoutingVersions
            list={list}
            isRollingBack={rollback.isPending}
            onRollback={(version) => { if (window.confirm(`Publish a copy of version ${version}?`)) rollback.mutate({ version }); }}
          />
        )}
      </Card>
      {list.length > 0 && (
        <Card title="Compare versions">
          <div className="mb-4 flex flex-wrap gap-3">
            <div>
              <Label htmlFor="diff-from">From</Label>
              <Select id="diff-from" className="w-auto" value={String(fromV)} onChange={(e) => setFrom(e.target.value)}>
                {list.map((v) => <option key={v.version} value={v.version}>Version {v.version}</option>)}
              </Select>
            </div>
            <div>
              <Label htmlFor="diff-to">To</Label>
              <Select id="diff-to" className="w-auto" value={String(toV)} onChange={(e) => setTo(e.target.value)}>
                <option value="draft">Current draft</option>
                {list.map((v) => <option key={v.version} value={v.version}>Version {v.version}</option>)}
              </Select>
            </div>
          </div>
          {diff.error && <p role="alert" className="text-sm text-red-600">{errorMessage(diff.error)}</p>}
          {diff.data && (diff.data.changes.length === 0 ? <p className="text-sm text-slate-500">No differences.</p> : (
            <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800" aria-label="Changes" data-testid="routing-diff">
              {diff.data.changes.map((c, i) => <li key={i}>{c.text}</li>)}
            </ul>
          ))}
        </Card>
      )}
    </div>
  );
}
