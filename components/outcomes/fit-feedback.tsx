"use client";
// Fit feedback on a lead: good fit / wrong person / wrong territory / wrong size, with a note. The
// viewer's own verdict is preselected; managers see everyone's, each next to the routing path that
// produced the lead (names given by the page).
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { errorMessage } from "@/components/members/trpc-error";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { FIT_VERDICTS, FIT_VERDICT_LABELS, type TFitVerdict } from "@/server/domain/outcomes/fit-verdicts";
import type { TFeedbackView } from "@/server/services/outcomes/lead-feedback";

export interface TFitFeedbackProps {
  leadId: string;
  viewerUserId: string;
  canGive: boolean;
  isManager: boolean;
  feedback: TFeedbackView[];
  pathNames: Record<string, string>;
}

export function FitFeedback({ leadId, viewerUserId, canGive, isManager, feedback, pathNames }: TFitFeedbackProps) {
  const id = useId();
  const router = useRouter();
  const mine = feedback.find((f) => f.userId === viewerUserId);
  const [verdict, setVerdict] = useState<TFitVerdict | null>(mine?.verdict ?? null);
  const [note, setNote] = useState(mine?.note ?? "");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const give = useMutation(
    useTRPC().outcomes.giveFeedback.mutationOptions({
      onSuccess: () => { setMessage({ ok: true, text: "Feedback saved." }); router.refresh(); },
      onError: (e) => setMessage({ ok: false, text: errorMessage(e) }),
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!verdict) return setMessage({ ok: false, text: "Choose a verdict." });
    give.mutate({ leadId, verdict, note: note.trim() || undefined });
  };
  const others = isManager ? feedback : [];
  return (
    <div className="space-y-3 text-sm">
      {canGive && (
        <form onSubmit={submit} className="space-y-2" aria-label="Fit feedback">
          <fieldset>
            <legend className="mb-1 font-medium text-slate-900">Did this lead fit its rep?</legend>
            <div className="flex flex-wrap gap-2">
              {FIT_VERDICTS.map((v) => (
                <label key={v} className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 px-2 py-1 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500">
                  <input type="radio" name={`${id}-verdict`} value={v} checked={verdict === v} onChange={() => setVerdict(v)} />
                  {FIT_VERDICT_LABELS[v]}
                </label>
              ))}
            </div>
          </fieldset>
          <div>
            <Label htmlFor={`${id}-note`}>Note (optional)</Label>
            <Textarea id={`${id}-note`} rows={2} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          <Button type="submit" variant="secondary" disabled={give.isPending}>Save feedback</Button>
          {message && <p role={message.ok ? "status" : "alert"} className={message.ok ? "text-green-700" : "text-red-600"}>{message.text}</p>}
        </form>
      )}
      {others.length > 0 && (
        <ul className="space-y-1 border-t border-slate-100 pt-2" aria-label="Feedback given">
          {others.map((f) => (
            <li key={f.id}>
              <span className="font-medium">{FIT_VERDICT_LABELS[f.verdict]}</span> — {f.userName}
              {f.pathId && <span className="text-slate-500"> · path: {pathNames[f.pathId] ?? f.pathId}</span>}
              {f.note && <span className="block text-slate-600">{f.note}</span>}
            </li>
          ))}
        </ul>
      )}
      {!canGive && others.length === 0 && <p className="text-slate-500">No feedback yet.</p>}
    </div>
  );
}
