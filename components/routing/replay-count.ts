// How many recent leads Replay runs, from the "Last N leads (1–500)" field as typed. The field
// keeps what the manager types: it was clamped on every keystroke, so clearing it to type 50 left
// "1" in front and replayed 150. The count is read on submit: a whole number from 1 to 500, or null
// (empty or not a number: the panel says what to enter).
export const REPLAY_MAX = 500;

export function replayCount(typed: string): number | null {
  const text = typed.trim();
  if (text === "" || !Number.isFinite(Number(text))) return null;
  return Math.min(REPLAY_MAX, Math.max(1, Math.round(Number(text))));
}
