// The delivery log's Answer cell: what the endpoint answered (its body, as text), or, when the
// request got no HTTP answer at all, why — stored by the delivery job as "<ErrorClass>: <message>"
// ("OutboundError: The server's name could not be found (ENOTFOUND)"). The class name is ours, not
// the reader's: it is left out. A body the endpoint sent is shown exactly as sent.

const ERROR_CLASS_PREFIX = /^(?:[A-Z][A-Za-z0-9]*)?Error: (?=\S)/;

/** The text to show for a delivery's last answer; "" when there is none. */
export function deliveryAnswerText(lastResponse: string | null, lastStatusCode: number | null): string {
  if (lastResponse === null) return "";
  return lastStatusCode === null ? lastResponse.replace(ERROR_CLASS_PREFIX, "") : lastResponse;
}
