"use client";
// Preview of the saved draft's emails as a chosen lead would get them (merge fields filled), each
// in a sandboxed frame (our rendered React Email; no scripts), and "Send a test to me" per email
// for sequence editors. Everyone who can read the sequence can preview it. Lead options name the
// tier as the leads page does (previewLeadLabel).
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/members/trpc-error";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/input";
import { previewLeadLabel } from "./preview-lead-label";

export function SequencePreview({ sequenceId, canSendTest }: { sequenceId: string; canSendTest: boolean }) {
  const trpc = useTRPC();
  const [leadId, setLeadId] = useState("");
  const [status, setStatus] = useState<string | null>(null);
  const leads = useQuery(trpc.nurture.previewLeads.queryOptions());
  const tiers = useQuery(trpc.leads.filterOptions.queryOptions()).data?.tiers ?? [];
  const preview = useQuery(trpc.nurture.preview.queryOptions({ id: sequenceId, leadId: leadId || null }));
  const sendTest = useMutation(trpc.nurture.sendTest.mutationOptions());

  const onSendTest = async (stepIndex: number) => {
    setStatus(`Sending a test of step ${stepIndex + 1}…`);
    try {
      await sendTest.mutateAsync({ id: sequenceId, stepIndex, leadId: leadId || null });
      setStatus(`Test of step ${stepIndex + 1} sent to your email address.`);
    } catch (error) {
      setStatus(errorMessage(error));
    }
  };

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64">
          <Label htmlFor="preview-lead">Preview with lead</Label>
          <Select id="preview-lead" value={leadId} onChange={(e) => setLeadId(e.target.value)}>
            <option value="">A sample lead (Ada Lovelace)</option>
            {(leads.data ?? []).map((l) => <option key={l.id} value={l.id}>{previewLeadLabel(l, tiers)}</option>)}
          </Select>
        </div>
        <Button variant="secondary" onClick={() => void preview.refetch()} disabled={preview.isFetching}>{preview.isFetching ? "Refreshing…" : "Refresh preview"}</Button>
      </div>
      <p className="text-xs text-slate-500">The preview shows the saved draft: save to see your latest changes.</p>
      <p role="status" className="text-sm text-slate-700">{status}</p>
      {preview.error && <FieldError message={errorMessage(preview.error)} />}
      {preview.data?.length === 0 && <p className="text-sm text-slate-500">No email steps to preview yet.</p>}
      <ol className="space-y-4" aria-label="Email previews">
        {(preview.data ?? []).map((p) => (
          <li key={p.stepIndex} className="rounded-md border border-slate-200">
            <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 px-3 py-2">
              <p className="text-sm"><span className="text-slate-500">{`Step ${p.stepIndex + 1} · Subject: `}</span><span className="font-medium text-slate-900">{p.subject}</span></p>
              {canSendTest && <Button variant="secondary" onClick={() => void onSendTest(p.stepIndex)} disabled={sendTest.isPending}>{`Send step ${p.stepIndex + 1} as a test to me`}</Button>}
            </div>
            <iframe title={`Preview of step ${p.stepIndex + 1}: ${p.subject}`} sandbox="" srcDoc={p.html} className="h-96 w-full bg-white" />
          </li>
        ))}
      </ol>
    </div>
  );
}
