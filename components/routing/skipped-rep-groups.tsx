// Skipped reps for reading: reps of one path skipped for the same reasons (groupSkipped) on one
// line, the names first. Past NAMES_SHOWN names a line says "and N more" and lists every rep
// under it on a click, so a 1,000-rep pool's decision is a few dozen lines. Names and reasons are
// text. Used by the lead page's decision record and Test a lead.
import { groupSkipped } from "@/server/domain/routing/group-skipped";

/** The names a line shows before "and N more" (the rest is a click away). */
const NAMES_SHOWN = 8;

export interface TSkippedRepLine {
  name: string;
  pathId: string;
  /** The path's name when the reader needs it (several paths), else null. */
  pathLabel: string | null;
  /** The rep's reasons, as read. */
  text: string;
}

export function SkippedRepGroups({ reps, className, testId }: { reps: TSkippedRepLine[]; className?: string; testId?: string }) {
  return (
    <ul className={className} aria-label="Skipped reps" data-testid={testId}>
      {groupSkipped(reps, (rep) => rep.text).map((group, i) => {
        const names = group.items.map((rep) => rep.name);
        const shown = names.slice(0, NAMES_SHOWN);
        const more = names.length - shown.length;
        const pathLabel = group.items[0]!.pathLabel;
        return (
          <li key={`${group.pathId}-${i}`}>
            {shown.map((name, j) => (
              <span key={j}>
                {j > 0 && ", "}
                <strong className="font-medium text-slate-900">{name}</strong>
              </span>
            ))}
            {more > 0 && ` and ${more} more`}
            {pathLabel && <span className="text-slate-500"> ({pathLabel})</span>}
            {": "}
            {group.text}
            {more > 0 && (
              <details className="ml-4 text-xs text-slate-600">
                <summary className="cursor-pointer text-slate-500">All {names.length} reps skipped for this</summary>
                <p className="mt-1">{names.join(", ")}</p>
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}
