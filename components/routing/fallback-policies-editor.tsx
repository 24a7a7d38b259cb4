"use client";
// The mandatory fallback queue (owner + name) and the SLA / high-value review policies. Problems
// are shown in the card at fault: the analysis' (computed in the browser) under the card, the
// server's of the last save or publish next to their field. Ticking the high-value review chooses
// no reviewer: the Reviewer field reads "Choose a reviewer…", with the problem under it (said
// there only, not again in the card's list: policiesCardProblems), until the manager chooses one
// (it pre-selected the first manager in the list).
import { Card } from "@/components/ui/card";
import { FieldError } from "@/components/ui/field-error";
import { Input, Select } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { FieldIssue, useFieldIssue } from "./field-issues";
import { policiesCardProblems, type TDraft, type TEditorData, type TIssue } from "./routing-editor-model";

/** `issues`: the analysis' problems of the fallback ("fallback…") and the policies ("policies…"). */
type TProps = { draft: TDraft; data: TEditorData; issues: TIssue[]; onChange: (d: TDraft) => void };
const int = (raw: string, fallback: number) => (raw.trim() === "" || !Number.isFinite(Number(raw)) ? fallback : Math.round(Number(raw)));

export function FallbackPoliciesEditor({ draft, data, issues, onChange }: TProps) {
  const fallback = draft.fallback ?? { ownerUserId: "", queueName: "" };
  const { sla, review } = draft.policies;
  const owners = data.fallbackOwners;
  const isReviewerUnchosen = review !== null && review.reviewerUserId.trim() === "";
  const ownerIssue = useFieldIssue("fallback.ownerUserId");
  const queueIssue = useFieldIssue("fallback.queueName");
  const reviewerIssue = useFieldIssue("policies.review.reviewerUserId");
  const remindIssue = useFieldIssue("policies.sla.remindAfterMinutes");
  const reassignIssue = useFieldIssue("policies.sla.reassignAfterMinutes");
  const minValueIssue = useFieldIssue("policies.review.minValue");
  const windowIssue = useFieldIssue("policies.review.windowMinutes");
  const issuesOf = (prefix: string) => issues.filter((i) => i.path === prefix || i.path.startsWith(`${prefix}.`));
  const problems = (list: TIssue[]) => list.map((i, k) => <p key={k} role="alert" className="mt-2 text-sm text-red-700">{i.message}</p>);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card title="Fallback (mandatory)">
        <p className="mb-3 text-sm text-slate-600">Leads that no path can place go to this queue; its owner gets an alert. Never a lost lead.</p>
        <div className="grid gap-3 sm:grid-cols-2">
          <div>
            <Label htmlFor="fallback-owner">Fallback queue owner</Label>
            <Select id="fallback-owner" {...ownerIssue.fieldProps} value={fallback.ownerUserId} onChange={(e) => onChange({ ...draft, fallback: { ...fallback, ownerUserId: e.target.value } })}>
              <option value="">Choose a manager…</option>
              {!owners.some((u) => u.id === fallback.ownerUserId) && fallback.ownerUserId && <option value={fallback.ownerUserId}>Unknown user</option>}
              {owners.map((u) => <option key={u.id} value={u.id}>{u.name} ({u.role.toLowerCase()})</option>)}
            </Select>
            <FieldIssue path="fallback.ownerUserId" />
          </div>
          <div>
            <Label htmlFor="fallback-queue">Queue name</Label>
            <Input id="fallback-queue" {...queueIssue.fieldProps} value={fallback.queueName} maxLength={80} onChange={(e) => onChange({ ...draft, fallback: { ...fallback, queueName: e.target.value } })} />
            <FieldIssue path="fallback.queueName" />
          </div>
        </div>
        {problems(issuesOf("fallback"))}
      </Card>
      <Card title="Policies">
        <div className="space-y-3">
          <label className="flex items-center gap-2 text-sm font-medium text-slate-700">
            <input type="checkbox" checked={sla !== null} onChange={(e) => onChange({ ...draft, policies: { ...draft.policies, sla: e.target.checked ? { remindAfterMinutes: 5, reassignAfterMinutes: 15 } : null } })} />
            Speed-to-lead SLA
          </label>
          {sla && (
            <div className="flex flex-wrap gap-3">
              <div>
                <Label htmlFor="sla-remind">Remind after (minutes)</Label>
                <Input id="sla-remind" {...remindIssue.fieldProps} type="number" min={1} className="w-28" value={sla.remindAfterMinutes} onChange={(e) => onChange({ ...draft, policies: { ...draft.policies, sla: { ...sla, remindAfterMinutes: int(e.target.value, 1) } } })} />
                <FieldIssue path="policies.sla.remindAfterMinutes" />
              </div>
              <div>
                <Label htmlFor="sla-reassign">Reassign after (minutes)</Label>
                <Input id="sla-reassign" {...reassignIssue.fieldProps} type="number" min={2} className="w-28" value={sla.reassignAfterMinutes} onChange={(e) => onChange({ ...draft, policies: { ...draft.policies, sla: { ...sla, reassignAfterMinutes: int(e.target.value, 2) } } })} />
                <FieldIssue path="policies.sla.reassignAfterMinutes" />
              </div>
            </div>
          )}
          <label className="flex items-center gap-2 text-sm font-medium text-slate-700">
            <input type="checkbox" checked={review !== null}
              onChange={(e) => onChange({ ...draft, policies: { ...draft.policies, review: e.target.checked ? { minValue: 100000, windowMinutes: 30, reviewerUserId: "" } : null } })} />
            High-value review (provisional owner, a manager approves or changes)
          </label>
          {review && (
            <div className="flex flex-wrap gap-3">
              <div>
                <Label htmlFor="review-min">Minimum deal value</Label>
                <Input id="review-min" {...minValueIssue.fieldProps} type="number" min={0} className="w-32" value={review.minValue} onChange={(e) => onChange({ ...draft, policies: { ...draft.policies, review: { ...review, minValue: int(e.target.value, 0) } } })} />
                <FieldIssue path="policies.review.minValue" />
              </div>
              <div>
                <Label htmlFor="review-window">Review window (minutes)</Label>
                <Input id="review-window" {...windowIssue.fieldProps} type="number" min={1} className="w-28" value={review.windowMinutes} onChange={(e) => onChange({ ...draft, policies: { ...draft.policies, review: { ...review, windowMinutes: int(e.target.value, 1) } } })} />
                <FieldIssue path="policies.review.windowMinutes" />
              </div>
              <div>
                <Label htmlFor="review-reviewer">Reviewer</Label>
                <Select id="review-reviewer" {...(isReviewerUnchosen ? { "aria-invalid": true, "aria-describedby": "review-reviewer-missing" } : reviewerIssue.fieldProps)} value={review.reviewerUserId} onChange={(e) => onChange({ ...draft, policies: { ...draft.policies, review: { ...review, reviewerUserId: e.target.value } } })}>
                  {isReviewerUnchosen && <option value="" disabled>Choose a reviewer…</option>}
                  {!isReviewerUnchosen && !owners.some((u) => u.id === review.reviewerUserId) && <option value={review.reviewerUserId}>Not a manager of this workspace</option>}
                  {owners.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
                </Select>
                <FieldError id="review-reviewer-missing" message={isReviewerUnchosen ? "Choose the manager who reviews high-value leads." : null} />
                <FieldIssue path="policies.review.reviewerUserId" />
              </div>
            </div>
          )}
        </div>
        {problems(policiesCardProblems(issuesOf("policies"), draft))}
      </Card>
    </div>
  );
}
