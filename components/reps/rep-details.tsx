// A rep's profile, read-only (what a REP sees; managers get the form instead).
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { SEGMENT_LABELS, SENIORITY_LABELS } from "@/server/domain/reps/rep-options";
import { DAY_NAMES } from "@/server/domain/reps/working-hours";
import { instantToZonedWallTime } from "@/server/domain/reps/zoned-time";
import { zoneNameBetween } from "@/server/domain/time/zone-name";
import type { TRepDetail } from "@/server/services/reps";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[10rem_1fr] gap-2 py-1.5 text-sm">
      <dt className="text-slate-500">{label}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}

const list = (values: readonly string[]) => (values.length > 0 ? values.join(", ") : "—");
const limit = (value: number | null) => (value === null ? "Unlimited" : String(value));
const wall = (date: Date, timeZone: string) => instantToZonedWallTime(date, timeZone).replace("T", " ");

export function RepDetails({ rep }: { rep: TRepDetail }) {
  return (
    <div className="space-y-6">
      <Card title="Profile">
        <dl>
          <Row label="Email">{rep.email}</Row>
          <Row label="Title">{rep.title || "—"}</Row>
          <Row label="Seniority">{SENIORITY_LABELS[rep.seniority]}</Row>
          <Row label="Segments">{list(rep.segments.map((s) => SEGMENT_LABELS[s]))}</Row>
          <Row label="Skills">{list(rep.skills)}</Row>
          <Row label="Industries">{list(rep.industries)}</Row>
          <Row label="Languages">{list(rep.languages)}</Row>
          <Row label="Regions">{list(rep.regions)}</Row>
          <Row label="Time zone">{rep.timeZoneName}</Row>
          <Row label="Routing weight">{rep.routingWeight}</Row>
          <Row label="Max open leads">{limit(rep.maxOpenLeads)}</Row>
          <Row label="Max new leads/day">{limit(rep.maxNewLeadsPerDay)}</Row>
          <Row label="Teams">{list(rep.teams.map((t) => t.name))}</Row>
        </dl>
      </Card>
      <Card title="Working hours">
        {rep.workingHours.length === 0 ? (
          <p className="text-sm text-slate-500">No working hours set.</p>
        ) : (
          <ul className="text-sm">
            {rep.workingHours.map((h, i) => (
              <li key={i}>{DAY_NAMES[h.day]} {h.start}–{h.end}</li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Out of office">
        {rep.timeOff.length === 0 ? (
          <p className="text-sm text-slate-500">No out-of-office periods.</p>
        ) : (
          <ul className="text-sm">
            {rep.timeOff.map((p) => (
              <li key={p.id}>
                {wall(p.startsAt, rep.timeZone)} → {wall(p.endsAt, rep.timeZone)}, {zoneNameBetween(rep.timeZone, p.startsAt, p.endsAt)}{p.note && ` · ${p.note}`}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
