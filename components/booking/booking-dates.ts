// A slot day's heading, from its "YYYY-MM-DD" key (a calendar day in the prospect's zone, as
// slotsByDay makes it): "Monday 7 December". The key is already the prospect's day, so it is
// formatted as that calendar date (in UTC, where the key's midnight is that very day), never moved
// through the server's or the browser's own zone. Pure; the same text on the server and in every browser.
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

const longDay = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });

export function dayKeyLabel(key: string): string {
  const match = DAY_KEY.exec(key);
  if (!match) return key;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? key : longDay.format(date);
}
