// Skipped reps, grouped for reading (groupSkipped): one line per path and reason text, the reps'
// names first. Past NAMES_SHOWN names a line says "and N more" and lists every rep under it on a
// click, so a 1,000-rep pool's decision is a few dozen lines. Names and reasons are text.
import { NAMES_SHOWN } from "@/server/domain/routing/group-skipped";

export interface TSkippedLine {
  key: string;
  names: string[];
  /** The path's name when the reader needs it (several paths), else null. */
  pathLabel: string | null;
  text: string;
}

export function SkippedRepGroups({ lines, className, testId }: { lines: TSkippedLine[]; className?: string; testId?: string }) {
  return (
    <ul className={className} aria-label="Skipped reps" data-testid={testId}>
      {lines.map((line) => {
        const shown = line.names.slice(0, NAMES_SHOWN);
        const more = line.names.length - shown.length;
        return (
          <li key={line.key}>
            {shown.map((name, i) => (
              <span key={i}>
                {i > 0 && ", "}
                <strong className="font-medium text-slate-900">{name}</strong>
              </span>
            ))}
            {more > 0 && ` and ${more} more`}
            {line.pathLabel && <span className="text-slate-500"> ({line.pathLabel})</span>}
            {": "}
            {line.text}
            {more > 0 && (
              <details className="ml-4 text-xs text-slate-600">
                <summary className="cursor-pointer text-slate-500">All {line.names.length} reps skipped for this</summary>
                <p className="mt-1">{line.names.join(", ")}</p>
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}
