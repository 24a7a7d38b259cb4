// A currency code in a request body (POST /api/v1/routing/test's lead.currency): read as Settings →
// Currencies reads one (parseCurrencyCode: three letters A–Z, any case, stored upper case), and
// refused in its words at the property's path. Only the shape is checked: a well-formed code with no
// rate is a value routing cannot read (a lead without value), as for a live lead. Pure.
import { z } from "zod";
import { CURRENCY_CODE_MESSAGE, parseCurrencyCode } from "./currency-code";

/** "eur" → "EUR"; anything but three letters (or not text) is an issue at its path. */
export const ZCurrencyCode = z.string({ error: CURRENCY_CODE_MESSAGE }).transform((text, ctx) => {
  const code = parseCurrencyCode(text);
  if (code.ok) return code.code;
  ctx.addIssue({ code: "custom", message: code.message });
  return z.NEVER;
});
