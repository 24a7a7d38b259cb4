// Times and offsets as the booking pages write them, computed in the test from Intl.

/** "GMT+5:30" / "GMT−5": a zone's offset at an instant, in the "Times in" menu's notation. */
export function offsetAt(timeZone: string, at: Date): string {
  const text = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "shortOffset" }).formatToParts(at).find((p) => p.type === "timeZoneName")!.value;
  return text === "GMT" ? "GMT+0" : text.replace("-", "−");
}

/** "HH:MM" of an instant in a zone. */
export function clockIn(instant: string | Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(instant));
}
