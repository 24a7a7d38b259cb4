// A query string's parameters as a zod object that names each parameter it does not take: a 422
// at the unknown parameter's own name that lists the accepted ones (an issue of its own, beside any
// other parameter's — not zod's "unrecognized key", which the API calls an unknown property).
// Shared by GET /api/v1/leads (lead-list-query.ts), the leads CSV (leads-csv-query.ts) and the GET
// routes that take none (server/api/rest/no-query-parameters.ts).
import { z } from "zod";

/** The message for a query parameter a query does not take, naming it (cut at 60 characters) and the ones it does (or that it takes none). */
export function unknownQueryParameterMessage(name: string, accepted: readonly string[]): string {
  const shown = name.length > 60 ? `${name.slice(0, 60)}…` : name;
  return `Unknown query parameter \`${shown}\`: ${accepted.length > 0 ? `use ${accepted.join(", ")}` : "this endpoint takes no query parameters"}`;
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
