"use client";
// Connecting a calendar. CalDAV in two steps: server URL, user name and app password → the
// account's calendars (found by the server) → pick one → connect. ICS: the secret address.
// Each is read once before it is saved; errors come back on their field.
import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { errorDetails, errorMessage } from "@/components/members/trpc-error";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input, Select } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { TCalendarStatus } from "@/server/services/calendars/calendar-connections";

type TErrors = Record<string, string>;

function toErrors(error: unknown): TErrors {
  const details = errorDetails(error);
  if (details.length === 0) return { form: errorMessage(error) };
  return Object.fromEntries(details.map((d) => [d.path.split(".").pop() ?? "form", d.message]));
}

function Field({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: string; children: React.ReactNode }) {
  return (
    <div>
      <Label htmlFor={id}>{label}</Label>
      {children}
      {hint && <p className="mt-1 text-xs text-slate-500">{hint}</p>}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function CaldavConnectForm({ repId, onConnected }: { repId: string | null; onConnected: (status: TCalendarStatus) => void }) {
  const trpc = useTRPC();
  const id = useId();
  const [account, setAccount] = useState({ serverUrl: "", username: "", password: "" });
  const [calendars, setCalendars] = useState<{ url: string; name: string }[] | null>(null);
  const [calendarUrl, setCalendarUrl] = useState("");
  const [errors, setErrors] = useState<TErrors>({});
  const discover = useMutation(trpc.calendars.discoverCaldav.mutationOptions());
  const connect = useMutation(trpc.calendars.connectCaldav.mutationOptions());
  const set = (key: keyof typeof account, value: string) => {
    setAccount({ ...account, [key]: value });
    setCalendars(null);
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    try {
      if (!calendars) {
        const found = await discover.mutateAsync({ repId, account });
        setCalendars(found);
        setCalendarUrl(found[0]?.url ?? "");
        return;
      }
      onConnected(await connect.mutateAsync({ repId, account: { ...account, calendarUrl } }));
    } catch (e) {
      setErrors(toErrors(e));
    }
  }

  const invalid = (key: string) => ({ "aria-invalid": errors[key] ? true : undefined, "aria-describedby": errors[key] ? `${id}-${key}-error` : undefined });
  return (
    <form onSubmit={(e) => void onSubmit(e)} className="max-w-xl space-y-3" aria-label="Connect a CalDAV calendar">
      <Field id={`${id}-serverUrl`} label="CalDAV server URL" error={errors.serverUrl} hint="iCloud: https://caldav.icloud.com · Fastmail: https://caldav.fastmail.com · Nextcloud: https://cloud.example.com/remote.php/dav · Zoho: https://calendar.zoho.com/caldav">
        <Input id={`${id}-serverUrl`} value={account.serverUrl} onChange={(e) => set("serverUrl", e.target.value)} placeholder="https://caldav.fastmail.com" required {...invalid("serverUrl")} />
      </Field>
      <Field id={`${id}-username`} label="User name" error={errors.username}>
        <Input id={`${id}-username`} value={account.username} onChange={(e) => set("username", e.target.value)} autoComplete="off" required {...invalid("username")} />
      </Field>
      <Field id={`${id}-password`} label="App password" error={errors.password} hint="An app-specific password from your calendar provider; stored encrypted and never shown again.">
        <Input id={`${id}-password`} type="password" value={account.password} onChange={(e) => set("password", e.target.value)} autoComplete="new-password" required {...invalid("password")} />
      </Field>
      {calendars && (
        <Field id={`${id}-calendarUrl`} label="Calendar" error={errors.calendarUrl} hint="Busy times are read from it, and booked meetings are written to it.">
          <Select id={`${id}-calendarUrl`} value={calendarUrl} onChange={(e) => setCalendarUrl(e.target.value)} {...invalid("calendarUrl")}>
            {calendars.map((c) => (
              <option key={c.url} value={c.url}>{c.name}</option>
            ))}
          </Select>
        </Field>
      )}
      <FieldError message={errors.form} />
      <Button type="submit" disabled={discover.isPending || connect.isPending}>
        {calendars ? (connect.isPending ? "Connecting…" : "Connect calendar") : discover.isPending ? "Looking for calendars…" : "Find my calendars"}
      </Button>
    </form>
  );
}

export function IcsConnectForm({ repId, onConnected }: { repId: string | null; onConnected: (status: TCalendarStatus) => void }) {
  const trpc = useTRPC();
  const id = useId();
  const [url, setUrl] = useState("");
  const [errors, setErrors] = useState<TErrors>({});
  const connect = useMutation(trpc.calendars.connectIcs.mutationOptions());

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    try {
      onConnected(await connect.mutateAsync({ repId, feed: { url } }));
      setUrl("");
    } catch (e) {
      setErrors(toErrors(e));
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="max-w-xl space-y-3" aria-label="Connect an ICS feed">
      <Field
        id={`${id}-url`}
        label="Secret iCal address"
        error={errors.url}
        hint="Google Calendar: Settings → your calendar → Secret address in iCal format. Outlook: Settings → Calendar → Shared calendars → Publish → ICS. Read-only; kept secret, never shown again."
      >
        <Input id={`${id}-url`} type="password" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://calendar.google.com/calendar/ical/…/basic.ics" autoComplete="off" required aria-invalid={errors.url ? true : undefined} aria-describedby={errors.url ? `${id}-url-error` : undefined} />
      </Field>
      <FieldError message={errors.form} />
      <Button type="submit" disabled={connect.isPending}>{connect.isPending ? "Reading the feed…" : "Connect feed"}</Button>
    </form>
  );
}
