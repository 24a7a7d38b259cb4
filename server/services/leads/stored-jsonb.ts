// A JSON value as a jsonb column gives it back, without the round trip: through JSON text
// (undefined left out, -0 as 0, a Date as its ISO text) and every object's keys in jsonb's order —
// shorter keys first, keys of one length by their UTF-8 bytes. Code that spreads a stored object
// (a reason's data: decision-resource.ts's reasonView) answers its keys in that order, so the
// intake's answer (intake-answer.ts) orders them as a read of the stored row would.
const encoder = new TextEncoder();

export function asStoredJsonb(value: unknown): unknown {
  return value === undefined ? undefined : inJsonbOrder(JSON.parse(JSON.stringify(value)) as unknown);
}

function inJsonbOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(inJsonbOrder);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value as Record<string, unknown>).map(([key, v]) => ({ key, bytes: encoder.encode(key), value: inJsonbOrder(v) }));
  entries.sort((a, b) => a.bytes.length - b.bytes.length || compareBytes(a.bytes, b.bytes));
  return Object.fromEntries(entries.map((e) => [e.key, e.value]));
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
