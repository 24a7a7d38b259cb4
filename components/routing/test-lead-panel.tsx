"use client";
// "Test a lead": answer a form's questions, optionally an arrival time in a time zone, run against
// the saved draft or the published config; nothing is saved. One email: the form's own email
// question when it has one (where a real lead's email comes from), else an "Email (optional)"
// field for the lead's email (email-domain paths, account owners).
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { errorMessage } from "@/components/members/trpc-error";
import { TimeZoneSelect } from "@/components/reps/time-zone-select";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { zonedWallTimeToInstant } from "@/server/domain/reps/zoned-time";
import { formAsksEmail, type TEditorData } from "./routing-editor-model";
import { TestLeadAnswers, type TAnswerDraft } from "./test-lead-answers";
import { TestLeadResult } from "./test-lead-result";
import { useRoutingApi } from "./use-routing-api";

function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** `beforeRun`: saves the draft; null once saved, else why the test did not run (shown by the button). */
export function TestLeadPanel({ data, beforeRun }: { data: TEditorData; beforeRun: () => Promise<string | null> }) {
  const api = useRoutingApi();
  const [formSlug, setFormSlug] = useState(data.forms[0]?.slug ?? "");
  const [answers, setAnswers] = useState<TAnswerDraft>({});
  const [email, setEmail] = useState("");
  const [at, setAt] = useState("");
  const [timeZone, setTimeZone] = useState(browserZone);
  const [useDraft, setUseDraft] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const run = useMutation(api.testLead.mutationOptions({ onError: (e) => setError(errorMessage(e)), onSuccess: () => setError(null) }));
  const form = data.forms.find((f) => f.slug === formSlug);
  const asksEmail = formAsksEmail(form);

  const submit = async () => {
    const instant = at ? zonedWallTimeToInstant(at, timeZone) : null;
    if (at && !instant) return setError("Enter a valid date and time.");
    const notRun = useDraft ? await beforeRun() : null;
    if (notRun) {
      run.reset();
      return setError(notRun);
    }
    const cleaned = Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== "" && !(Array.isArray(v) && v.length === 0)));
    run.mutate({ useDraft, formSlug: formSlug || undefined, answers: cleaned, email: (!asksEmail && email) || undefined, at: instant?.toISOString(), timeZone });
  };

  return (
    <Card title="Test a lead">
      <form className="space-y-4" aria-label="Test a lead" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <div className="flex flex-wrap gap-4">
          <div className="min-w-0">
            <Label htmlFor="test-lead-form">Form</Label>
            <Select id="test-lead-form" className="w-auto" value={formSlug} onChange={(e) => { setFormSlug(e.target.value); setAnswers({}); }}>
              {data.forms.length === 0 && <option value="">No published form</option>}
              {data.forms.map((f) => <option key={f.slug} value={f.slug}>{f.name}</option>)}
            </Select>
          </div>
          <fieldset>
            <legend className="mb-1 text-sm font-medium text-slate-700">Routing to test</legend>
            <div className="flex gap-3 text-sm">
              <label className="flex items-center gap-1"><input type="radio" name="test-lead-config" checked={useDraft} onChange={() => setUseDraft(true)} />Draft (saved first)</label>
              <label className="flex items-center gap-1"><input type="radio" name="test-lead-config" checked={!useDraft} onChange={() => setUseDraft(false)} disabled={data.publishedVersion === null} />Published</label>
            </div>
          </fieldset>
        </div>
        {form && <TestLeadAnswers fields={form.fields} answers={answers} onChange={setAnswers} />}
        <div className={`grid gap-3 ${asksEmail ? "sm:grid-cols-2" : "sm:grid-cols-3"}`}>
          {!asksEmail && (
            <div>
              <Label htmlFor="test-lead-email">Email (optional)</Label>
              <Input id="test-lead-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} placeholder="name@company.com" />
            </div>
          )}
          <div>
            <Label htmlFor="test-lead-at">Arrives at (optional; default now)</Label>
            <Input id="test-lead-at" type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />
          </div>
          <div>
            <Label htmlFor="test-lead-time-zone">Lead&apos;s time zone</Label>
            <TimeZoneSelect id="test-lead-time-zone" current={timeZone} value={timeZone} onChange={(e) => setTimeZone(e.target.value)} />
          </div>
        </div>
        <Button type="submit" disabled={run.isPending}>{run.isPending ? "Testing…" : "Run test"}</Button>
        {error && <p role="alert" className="text-sm text-red-600">{error}</p>}
      </form>
      {run.data && <div className="mt-4"><TestLeadResult result={run.data} subjects={data.subjects} /></div>}
    </Card>
  );
}
