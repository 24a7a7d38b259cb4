"use client";
// When neither the owner nor the next best rep has time soon: the prospect leaves a preferred
// time (free text, shown as text), and the owner is alerted by email.
import { useState } from "react";

export function PreferredTime({ token, repName }: { token: string; repName: string }) {
  const [note, setNote] = useState("");
  const [state, setState] = useState<"idle" | "sending" | "sent" | "failed">("idle");
  async function send() {
    setState("sending");
    try {
      const response = await fetch("/api/v1/bookings/requests", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ token, note }) });
      setState(response.ok ? "sent" : "failed");
    } catch {
      setState("failed");
    }
  }
  if (state === "sent") return <p role="status" className="text-sm text-emerald-800">Thanks — {repName} will get back to you about a time.</p>;
  return (
    <div className="space-y-2">
      <label htmlFor="preferred-time" className="block text-sm text-slate-700">
        {repName} has no free time soon. When would suit you?
      </label>
      <textarea id="preferred-time" value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} rows={2} className="w-full rounded border border-slate-300 px-2 py-1 text-sm" placeholder="e.g. Thursday afternoon, or any morning next week" />
      {state === "failed" && <p role="alert" className="text-sm text-red-700">That did not go through — please try again.</p>}
      <button type="button" onClick={send} disabled={!note.trim() || state === "sending"} className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-50">
        Send
      </button>
    </div>
  );
}
