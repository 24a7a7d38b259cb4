// A sequence's published versions (newest first) with how many leads entered each, and its figures.
// Publishing times as every dashboard time: <LocalTime> (the viewer's zone; UTC, named, before the
// browser has said).
import { LocalTime } from "@/components/leads/local-time";
import type { TSequenceDetail } from "@/server/services/nurture/sequences";
import { BOOKED_NOTE, GRADUATED_NOTE } from "./figure-notes";

const FIGURES = [["enrolled", "Enrolled"], ["active", "Active"], ["sent", "Sent"], ["clicked", "Clicked"], ["unsubscribed", "Unsubscribed"], ["graduated", "Graduated"], ["booked", "Booked"]] as const;

export function SequenceVersions({ versions, publishedVersion, figures }: Pick<TSequenceDetail, "versions" | "publishedVersion" | "figures">) {
  return (
    <div className="space-y-4 text-sm">
      <dl className="grid grid-cols-3 gap-x-4 gap-y-2 sm:grid-cols-4" aria-label="Figures">
        {FIGURES.map(([key, label]) => (
          <div key={key}>
            <dt className="text-xs text-slate-500">{label}</dt>
            <dd className="font-semibold tabular-nums text-slate-900">{figures[key]}</dd>
          </div>
        ))}
      </dl>
      <p className="text-xs text-slate-500">{GRADUATED_NOTE} {BOOKED_NOTE}</p>
      {versions.length === 0 ? (
        <p className="text-slate-500">Not published yet: leads are enrolled only in a published version.</p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label="Published versions">
          {versions.map((v) => (
            <li key={v.version} className="flex justify-between py-1.5">
              <span>{`Version ${v.version}${v.version === publishedVersion ? " (current)" : ""}`}</span>
              <span className="text-slate-500">
                <LocalTime date={v.publishedAt} />
                {` · ${v.enrolled} enrolled`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
