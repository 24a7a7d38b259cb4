// A lead's source ("hosted", "embed", "api", "public_api", "import", or any text an API caller
// sent) in words, for filters and tables. Pure; kept out of format.ts so the client's <LocalTime>
// does not carry the event texts.
import { humanize } from "./lead-event-text";

/** How a lead came in (its stored `source`), as a filter option or a cell says it. */
const SOURCE_LABELS: Readonly<Record<string, string>> = {
  hosted: "Hosted form",
  embed: "Embedded form",
  api: "API",
  public_api: "Form's public API",
  import: "Import",
};

/** "hosted" → "Hosted form", "public_api" → "Form's public API"; a source nobody labelled ("webinar_2026") reads "Webinar 2026". */
export function sourceLabel(source: string): string {
  if (Object.hasOwn(SOURCE_LABELS, source)) return SOURCE_LABELS[source]!;
  return humanize(source).replace(/^\w/, (c) => c.toUpperCase()) || source;
}
