// The referrer's hidden fields, filled in the browser (document.referrer, or the host page's
// referrer when embedded). Its own small module: the hosted form ships it, while the rest of
// ./prefill.ts (validating URL parameters) runs on the server only.
import type { TAnswers, TFormDefinition } from "@/server/domain/forms/definition";
import { allFields } from "@/server/domain/forms/form-fields";

/** Longest hidden value kept (ZScalar allows 2000); the URL's hidden values too (./prefill.ts). */
export const MAX_HIDDEN_LENGTH = 500;

/** Hidden fields fed by `referrer` (document.referrer in the browser) that the URL did not fill. */
export function referrerValues(definition: Pick<TFormDefinition, "steps">, referrer: string, filled: TAnswers): TAnswers {
  if (!referrer) return {};
  const result: TAnswers = {};
  for (const field of allFields(definition)) {
    if (field.type === "hidden" && (field.source ?? field.key) === "referrer" && filled[field.key] === undefined) {
      result[field.key] = referrer.slice(0, MAX_HIDDEN_LENGTH);
    }
  }
  return result;
}
