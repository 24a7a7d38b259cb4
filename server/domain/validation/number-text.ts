// A number as people and CRMs write it, read once for every intake's number / currency answer
// (validate-field-value.ts). (An amount an integrator sends the REST API — estimatedValue, an outcome
// event's amount — is read by money-amount.ts's readMoneyAmount instead: no sign or exponent.) A JSON
// number as it is (finite only); a string trimmed, with thousands commas in their places
// ("1,200", "1,200,000.50"), a sign, decimals or an exponent. Anything else is no number (null),
// notably the ambiguous spellings: "1,20", "12,00", "1.200,50" (a decimal comma), "1 200", "$1,200".
// Pure; no zod (the hosted page ships it).

/** The number `value` spells, or null (not a number, or an ambiguous spelling). */
export function parseNumber(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string") return null;
  let text = value.trim();
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, "");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}
