// Durations for people: "45 s", "3 min 12 s", "2 h 5 min", "3 d 4 h". Pure (browser and server).
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return "—";
  if (ms < MINUTE) return `${Math.floor(ms / SECOND)} s`;
  if (ms < HOUR) {
    const seconds = Math.floor((ms % MINUTE) / SECOND);
    return `${Math.floor(ms / MINUTE)} min${seconds ? ` ${seconds} s` : ""}`;
  }
  if (ms < DAY) {
    const minutes = Math.floor((ms % HOUR) / MINUTE);
    return `${Math.floor(ms / HOUR)} h${minutes ? ` ${minutes} min` : ""}`;
  }
  const hours = Math.floor((ms % DAY) / HOUR);
  return `${Math.floor(ms / DAY)} d${hours ? ` ${hours} h` : ""}`;
}

/** "accepted after 3 min 12 s" for an assignment, or null while not accepted. */
export function acceptedAfter(assignedAt: Date, acceptedAt: Date | null): string | null {
  return acceptedAt ? `accepted after ${formatDuration(acceptedAt.getTime() - assignedAt.getTime())}` : null;
}
