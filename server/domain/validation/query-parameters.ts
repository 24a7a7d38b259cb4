// A query string's parameters as a zod object that names each parameter it does not take: a 422
// at the unknown parameter's own name that lists the accepted ones (an issue of its own, beside any
// other parameter's — not zod's "unrecognized key", which the API calls an unknown property).
// Shared by GET /api/v1/leads (lead-list-query.ts), the leads CSV (leads-csv-query.ts) and the
// routes that take none (server/api/rest/no-query-parameters.ts), whose intakes keep the request and
// warn at `query.<name>` instead (ignoredQueryParameterWarnings).
import { z } from "zod";
import type { TRequestIssue } from "./request-issues";

/** A parameter's name as messages show it: cut at 60 characters. */
const shownName = (name: string) => (name.length > 60 ? `${name.slice(0, 60)}…` : name);

/** The message for a query parameter a query does not take, naming it (cut at 60 characters) and the ones it does (or that it takes none). */
export function unknownQueryParameterMessage(name: string, accepted: readonly string[]): string {
  return `Unknown query parameter \`${shownName(name)}\`: ${accepted.length > 0 ? `use ${accepted.join(", ")}` : "this endpoint takes no query parameters"}`;
}

/** The message for a query parameter an intake ignores while it keeps the request (cut at 60 characters). */
export function ignoredQueryParameterMessage(name: string): string {
  return `Unknown query parameter \`${shownName(name)}\` ignored: this endpoint reads only its JSON body`;
}

/** One warning at `query.<name>` for each parameter name (each once, in order) that an intake ignores. */
export function ignoredQueryParameterWarnings(names: readonly string[]): TRequestIssue[] {
  return [...new Set(names)].map((name) => ({ path: `query.${name}`, message: ignoredQueryParameterMessage(name) }));
}

/** The parameters' schemas as one query; each unknown parameter is an issue at its name (checked even when a known one fails). */
export function queryParameters<TShape extends z.ZodRawShape>(shape: TShape) {
  const accepted = Object.keys(shape);
  return z.looseObject(shape).check(
    z.superRefine(
      (input, ctx) => {
        for (const name of Object.keys(input)) {
          if (!Object.hasOwn(shape, name)) ctx.addIssue({ code: "custom", path: [name], input: input[name], message: unknownQueryParameterMessage(name, accepted) });
        }
      },
      { when: () => true },
    ),
  );
}
