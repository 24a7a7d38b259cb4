"use client";
// Log an outcome: the stage (only those the lead can move to), an amount for an opportunity, a win
// or a loss, a reason for a loss or "not a fit". The server checks everything again (and the role).
import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { errorDetails, errorMessage } from "@/components/members/trpc-error";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Input, Select, Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { AMOUNT_STAGES, stageLabel, type TLeadStage } from "@/server/domain/outcomes/lead-stages";

export interface TOutcomeFormProps {
  leadId: string;
  stages: TLeadStage[];
  source: "INBOX" | "LEAD_PAGE";
  currency: string;
  onDone: (stage: TLeadStage) => void;
  onCancel?: () => void;
}

const NEEDS_REASON: readonly TLeadStage[] = ["LOST", "NOT_A_FIT"];
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function OutcomeForm({ leadId, stages, source, currency, onDone, onCancel }: TOutcomeFormProps) {
  const id = useId();
  const [stage, setStage] = useState<TLeadStage | "">(stages[0] ?? "");
  const [amount, setAmount] = useState("");
  const [reason, setReason] = useState("");
  const [fieldError, setFieldError] = useState<{ path: string; message: string } | null>(null);
  const record = useMutation(
    useTRPC().outcomes.record.mutationOptions({
      onSuccess: (_data, variables) => onDone(variables.stage),
      onError: (error) => setFieldError(errorDetails(error)[0] ?? { path: "form", message: errorMessage(error) }),
    }),
  );
  const hasAmount = stage !== "" && AMOUNT_STAGES.includes(stage);
  const needsReason = stage !== "" && NEEDS_REASON.includes(stage);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (stage === "") return;
    const value = amount.trim() === "" ? null : Number(amount);
    if (value !== null && !Number.isFinite(value)) return setFieldError({ path: "amount", message: "Enter a number" });
    if (needsReason && !reason.trim()) return setFieldError({ path: "reason", message: "Say why" });
    setFieldError(null);
    record.mutate({ leadId, stage, amount: hasAmount ? value : null, reason: needsReason || reason.trim() ? reason.trim() || null : null, source });
  };
  const errorFor = (path: string) =>
    fieldError?.path === path ? (
      <p id={`${id}-${path}-error`} role="alert" className="mt-1 text-sm text-red-600">{fieldError.message}</p>
    ) : null;
  if (stages.length === 0) return <p className="text-sm text-slate-500">No further stage can be recorded.</p>;
  return (
    <form onSubmit={submit} className="space-y-3" aria-label="Log an outcome">
      <div>
        <Label htmlFor={`${id}-stage`}>Outcome</Label>
        <Select id={`${id}-stage`} value={stage} autoFocus onChange={(e) => { setStage(e.target.value as TLeadStage); setFieldError(null); }}>
          {stages.map((s) => (
            <option key={s} value={s}>{capitalise(stageLabel(s))}</option>
          ))}
        </Select>
        {errorFor("stage")}
      </div>
      {hasAmount && (
        <div>
          <Label htmlFor={`${id}-amount`}>Amount ({currency})</Label>
          <Input id={`${id}-amount`} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)}
            aria-invalid={fieldError?.path === "amount" || undefined} aria-describedby={fieldError?.path === "amount" ? `${id}-amount-error` : undefined} />
          {errorFor("amount")}
        </div>
      )}
      {(needsReason || stage === "WON") && (
        <div>
          <Label htmlFor={`${id}-reason`}>{needsReason ? "Reason" : "Note (optional)"}</Label>
          <Textarea id={`${id}-reason`} rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)}
            aria-invalid={fieldError?.path === "reason" || undefined} aria-describedby={fieldError?.path === "reason" ? `${id}-reason-error` : undefined} />
          {errorFor("reason")}
        </div>
      )}
      {fieldError && !["stage", "amount", "reason"].includes(fieldError.path) && <p role="alert" className="text-sm text-red-600">{fieldError.message}</p>}
      <div className="flex gap-2">
        <Button type="submit" disabled={record.isPending}>Save outcome</Button>
        {onCancel && <Button variant="ghost" onClick={onCancel}>Cancel</Button>}
      </div>
    </form>
  );
}
