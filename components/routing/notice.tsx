// The outcome box of the routing pages (the editor's save/publish/discard, the history's rollback):
// a line, then the problems as a list, then any action (children). An error is an alert in red, the
// rest a status in green (noticeProps). Every line is the server's or our text, rendered as text;
// long words (a question's key) wrap instead of widening a phone's page.
import type { ReactNode } from "react";
import { noticeProps, type TNoticeTone } from "./routing-history-model";

interface TProps {
  tone: TNoticeTone;
  text: string;
  details?: readonly string[] | undefined;
  children?: ReactNode;
}

export function Notice({ tone, text, details, children }: TProps) {
  return (
    <div {...noticeProps(tone)}>
      <p>{text}</p>
      {details && details.length > 0 && <ul className="mt-1 list-disc pl-5">{details.map((d, i) => <li key={i}>{d}</li>)}</ul>}
      {children}
    </div>
  );
}
