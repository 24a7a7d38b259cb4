// What the sequence figures that need a word mean, said once for the Sequences list and a
// sequence's page (the same definitions as server/services/nurture/sequences.ts computes).
export const BOOKED_NOTE =
  "Booked: enrolled leads who later booked a meeting with a rep through Switchboard — the lead itself (say, booked by its rep after graduating) or the same person's new sales-ready submission. A cancelled meeting does not count; meetings only recorded as a stage (booked elsewhere) do not either.";
export const GRADUATED_NOTE = "Graduated: became sales-ready through the sequence (clicks, return visits) and went to a rep.";
