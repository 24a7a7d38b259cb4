"use client";
// A rep's calendar (settings page, and the rep page for managers): what is connected, when it
// last synced and why not, the next busy times routing and booking see; refresh, disconnect, or
// connect CalDAV / an ICS feed (calendar-connect-forms.tsx). Secrets are typed in, never shown.
// The busy times are the rep's schedule: in the rep's zone, named in their heading (a manager far
// away reads them as the rep lives them). The last sync is an event like any other on the
// dashboard: <LocalTime>, the viewer's zone.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/members/trpc-error";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { LocalTime } from "@/components/leads/local-time";
import { CaldavConnectForm, IcsConnectForm } from "./calendar-connect-forms";
import { localDateKey } from "@/server/domain/booking/slot-days";
import { zoneName } from "@/server/domain/time/zone-name";

export function CalendarSettings({ repId }: { repId: string | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const statusQuery = useQuery(trpc.calendars.status.queryOptions({ repId }));
  const [mode, setMode] = useState<"caldav" | "ics" | null>(null);
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const setStatus = (status: NonNullable<typeof statusQuery.data>) => queryClient.setQueryData(trpc.calendars.status.queryKey({ repId }), status);
  const refresh = useMutation(trpc.calendars.refresh.mutationOptions());
  const disconnect = useMutation(trpc.calendars.disconnect.mutationOptions());

  if (statusQuery.isPending) return <p className="text-sm text-slate-500">Loading calendar…</p>;
  if (statusQuery.isError) return <p role="alert" className="text-sm text-red-600">{errorMessage(statusQuery.error)}</p>;
  const status = statusQuery.data;
  const connection = status.connection;
  const zone = status.rep.timeZone;
  const when = (date: Date) => new Intl.DateTimeFormat("en-GB", { timeZone: zone, weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" }).format(date);
  const time = (date: Date) => new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit" }).format(date);
  // "Mon 7 Dec, 14:00–15:00"; a busy time ending on a later day names that day ("Mon 7 Dec, 00:00–Tue 8 Dec, 00:00").
  const span = (b: { startsAt: Date; endsAt: Date }) => `${when(b.startsAt)}–${localDateKey(b.startsAt, zone) === localDateKey(b.endsAt, zone) ? time(b.endsAt) : when(b.endsAt)}`;

  const onRefresh = async () => {
    setMessage(null);
    try {
      const next = await refresh.mutateAsync({ repId });
      setStatus(next);
      setMessage(next.connection?.lastError ? { tone: "error", text: next.connection.lastError } : { tone: "ok", text: "Calendar synced." });
    } catch (e) {
      setMessage({ tone: "error", text: errorMessage(e) });
    }
  };
  const onDisconnect = async () => {
    if (!window.confirm("Disconnect this calendar? Its busy times stop counting for routing and booking.")) return;
    setMessage(null);
    try {
      await disconnect.mutateAsync({ repId });
      await statusQuery.refetch();
      setMessage({ tone: "ok", text: "Calendar disconnected." });
    } catch (e) {
      setMessage({ tone: "error", text: errorMessage(e) });
    }
  };
  const onConnected = (next: NonNullable<typeof statusQuery.data>) => {
    setStatus(next);
    setMode(null);
    setMessage({ tone: "ok", text: "Calendar connected." });
  };

  return (
    <div className="space-y-5" data-testid="calendar-settings">
      {connection ? (
        <div className="space-y-2">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <Badge tone={connection.lastError ? "amber" : "green"}>{connection.lastError ? "Sync failing" : "Connected"}</Badge>
            <span>
              {connection.source === "caldav" ? (
                <>CalDAV: <strong>{connection.calendarName || "calendar"}</strong> on {connection.server} as {connection.username}</>
              ) : (
                <>ICS feed from <strong>{connection.server}</strong> (the address is kept secret)</>
              )}
            </span>
          </p>
          <p className="text-sm text-slate-600" data-testid="calendar-last-sync">
            Last synced: {connection.lastSyncedAt ? <LocalTime date={connection.lastSyncedAt} /> : "never"} · refreshed every 10 minutes
            {connection.source === "caldav" ? "; booked meetings are written to this calendar" : ""}
          </p>
          {connection.lastError && (
            <p role="alert" className="text-sm text-red-600" data-testid="calendar-last-error">Last attempt failed: {connection.lastError}</p>
          )}
          <div className="flex gap-2">
            <Button variant="secondary" onClick={() => void onRefresh()} disabled={refresh.isPending}>{refresh.isPending ? "Syncing…" : "Sync now"}</Button>
            <Button variant="ghost" className="text-red-700" onClick={() => void onDisconnect()} disabled={disconnect.isPending}>Disconnect</Button>
          </div>
        </div>
      ) : (
        <p className="text-sm text-slate-600">No calendar connected: only working hours, out-of-office and Switchboard bookings decide when {status.rep.isSelf ? "you are" : `${status.rep.name} is`} free.</p>
      )}

      <div>
        {/* The zone as the booking texts name it, with the offset of the first time listed (else now), as the lead page's move list does. */}
        <h3 className="text-sm font-medium text-slate-800">Busy times routing and booking see — times in {zoneName(zone, status.upcoming[0]?.startsAt ?? new Date())}</h3>
        {status.upcoming.length === 0 ? (
          <p className="text-sm text-slate-500">None cached.</p>
        ) : (
          <ul className="mt-1 space-y-0.5 text-sm text-slate-700" data-testid="calendar-upcoming">
            {status.upcoming.map((b) => (
              <li key={`${b.startsAt.toISOString()}-${b.endsAt.toISOString()}`}>{span(b)}</li>
            ))}
            {status.upcomingCount > status.upcoming.length && <li className="text-slate-500">and {status.upcomingCount - status.upcoming.length} more</li>}
          </ul>
        )}
      </div>

      {message && (
        <p role={message.tone === "error" ? "alert" : "status"} className={`text-sm ${message.tone === "error" ? "text-red-600" : "text-emerald-700"}`}>{message.text}</p>
      )}

      <div className="space-y-3 border-t border-slate-200 pt-4">
        <div className="flex flex-wrap gap-2">
          <Button variant={mode === "caldav" ? "primary" : "secondary"} onClick={() => setMode(mode === "caldav" ? null : "caldav")}>{connection?.source === "caldav" ? "Change CalDAV calendar" : connection ? "Switch to CalDAV" : "Connect CalDAV"}</Button>
          <Button variant={mode === "ics" ? "primary" : "secondary"} onClick={() => setMode(mode === "ics" ? null : "ics")}>{connection?.source === "ics" ? "Change ICS feed" : connection ? "Switch to an ICS feed" : "Connect an ICS feed"}</Button>
        </div>
        {mode === "caldav" && <CaldavConnectForm repId={repId} onConnected={onConnected} />}
        {mode === "ics" && <IcsConnectForm repId={repId} onConnected={onConnected} />}
      </div>
    </div>
  );
}
