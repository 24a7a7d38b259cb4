// URL parameters → prefilled answers and hidden values (pure; the hosted page runs it on the server).
// `?email=ada@acme.com&company_size=51-200` prefills fields by key (invalid values are ignored);
// hidden fields take their `source` parameter (default: their key), e.g. utm_source or gclid.
// Values go through the domain's validateFieldValue, so a prefill is stored as a typed answer.
// The page (a server component) passes the server's pattern matcher: URL parameters are public input.
import type { TField, TFormDefinition } from "@/server/domain/forms/definition";
import { allFields, type TAnswers } from "@/server/domain/forms/form-fields";
import type { TPatternMatcher } from "@/server/domain/forms/pattern-matcher";
import { validateFieldValue } from "@/server/domain/forms/validate-field-value";
import { isInputField } from "./answer-values";
import { MAX_HIDDEN_LENGTH } from "./referrer-values";

export { referrerValues } from "./referrer-values";

export type TUrlParams = Record<string, string | string[] | undefined>;

const TRUE_WORDS = new Set(["true", "1", "yes", "on"]);
const FALSE_WORDS = new Set(["false", "0", "no", "off"]);

function values(params: TUrlParams, name: string): string[] {
  const raw = params[name];
  return raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
}

/** What a URL parameter stands for, before validation (which converts "42" to 42 …). */
function parseParam(field: TField, raw: string[]): unknown {
  const first = raw[0]?.trim() ?? "";
  switch (field.type) {
    case "multiple_choice":
      return raw.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
    case "yes_no": {
      const word = first.toLowerCase();
      return TRUE_WORDS.has(word) ? "yes" : FALSE_WORDS.has(word) ? "no" : undefined;
    }
    default:
      return first;
  }
}

export interface TPrefill {
  answers: TAnswers;
  hiddenValues: TAnswers;
}

export function prefillFromParams(definition: Pick<TFormDefinition, "steps">, params: TUrlParams, matchPattern: TPatternMatcher): TPrefill {
  const answers: TAnswers = {};
  const hiddenValues: TAnswers = {};
  for (const field of allFields(definition)) {
    if (field.type === "hidden") {
      const value = values(params, field.source ?? field.key)[0]?.trim();
      if (value) hiddenValues[field.key] = value.slice(0, MAX_HIDDEN_LENGTH);
      continue;
    }
    // Consent is never prefilled: a pre-ticked box is not consent.
    if (!isInputField(field) || field.type === "consent") continue;
    const raw = values(params, field.key);
    if (!raw.length) continue;
    const result = validateFieldValue(field, parseParam(field, raw), matchPattern);
    if (result.ok && result.value !== undefined) answers[field.key] = result.value;
  }
  return { answers, hiddenValues };
}
