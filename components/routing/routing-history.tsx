"use client";
// Version history of the routing config: every published version (who, when, note: RoutingVersions,
// cards on a phone and a table from `sm` up), the changes between two chosen versions in words, and
// rollback (publishes a copy of an older version). Publish times are in the viewer's zone, as on
// the leads pages (<LocalTime>).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { errorMessage } from "@/components/members/trpc-error";
import { Card } from "@/components/ui/card";
import { Select } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { RoutingVersions } from "./routing-versions";
import { useRoutingApi } from "./use-routing-api";

export function RoutingHistory() {
  const api = useRoutingApi();
  const queryClient = useQueryClient();
  const versions = useQuery(api.versions.queryOptions());
  const list = versions.data ?? [];
  const [from, setFrom] = useState<string>("");
  const [to, setTo] = useState<string>("");
  const fromV = Number(from || list[1]?.version || list[0]?.version || 0);
  const toV = to === "draft" ? "draft" : Number(to || list[0]?.version || 0);
  const diff = useQuery({ ...api.diff.queryOptions({ from: fromV, to: toV }), enabled: fromV > 0 && (toV === "draft" || toV > 0) });
  const [message, setMessage] = useState<string | null>(null);
  const rollback = useMutation(api.rollback.mutationOptions({
    onSuccess: async (r, input) => {
      setMessage(`Rolled back: version ${r.version} is a copy of version ${input.version}.`);
      await queryClient.invalidateQueries({ queryKey: api.versions.queryKey() });
      await queryClient.invalidateQueries({ queryKey: api.diff.queryKey() });
    },
    onError: (e) => setMessage(errorMessage(e)),
  }));

  if (versions.error) return <p role="alert" className="text-sm text-red-600">{errorMessage(versions.error)}</p>;
  if (!versions.data) return <p className="text-sm text-slate-500">Loading history…</p>;
  return (
    <div className="space-y-6">
      {message && <p role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">{message}</p>}
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
