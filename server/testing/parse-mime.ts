// A small MIME reader for mail captured in tests (what nodemailer writes): headers, nested
// multiparts, quoted-printable and base64 parts, RFC 2047 encoded words. Not a general parser.

export interface TParsedAttachment {
  filename: string;
  /** The part's Content-Type, parameters included (e.g. "text/calendar; method=REQUEST"). */
  contentType: string;
  /** The decoded content as UTF-8 text (the tests' attachments are text: .ics invites). */
  content: string;
}

export interface TParsedMail {
  headers: Map<string, string>;
  text: string;
  html: string;
  /** Parts sent as attachments (Content-Disposition: attachment, or a file name). */
  attachments: TParsedAttachment[];
}

type TCollected = { text: string; html: string; attachments: TParsedAttachment[] };

// Runs of =XX escapes become their bytes, the text between them its UTF-8 bytes: linear, one
// buffer per run (the bench's capture server decodes every alert it receives on the bench's CPU).
const ESCAPE_RUN = /(?:=[0-9A-Fa-f]{2})+/g;

export function decodeQuotedPrintable(body: string): Buffer {
  const softBreaksRemoved = body.replace(/=\r?\n/g, "");
  const pieces: Buffer[] = [];
  let textFrom = 0;
  for (const run of softBreaksRemoved.matchAll(ESCAPE_RUN)) {
    pieces.push(Buffer.from(softBreaksRemoved.slice(textFrom, run.index), "utf8"), Buffer.from(run[0].replace(/=/g, ""), "hex"));
    textFrom = run.index + run[0].length;
  }
  pieces.push(Buffer.from(softBreaksRemoved.slice(textFrom), "utf8"));
  return Buffer.concat(pieces);
}

function decodeEncodedWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=\s*/g, (_, _charset: string, encoding: string, text: string) =>
    encoding.toUpperCase() === "B"
      ? Buffer.from(text, "base64").toString("utf8")
      : decodeQuotedPrintable(text.replace(/_/g, " ")).toString("utf8"),
  );
}

function splitHeaders(raw: string): { headers: Map<string, string>; body: string } {
  const separator = /\r?\n\r?\n/.exec(raw);
  const head = separator ? raw.slice(0, separator.index) : raw;
  const body = separator ? raw.slice(separator.index + separator[0].length) : "";
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), decodeEncodedWords(line.slice(colon + 1).trim()));
  }
  return { headers, body };
}

function parameter(header: string, name: string): string | undefined {
  return new RegExp(`${name}="?([^";]+)"?`, "i").exec(header)?.[1];
}

function collectParts(raw: string, into: TCollected): Map<string, string> {
  const { headers, body } = splitHeaders(raw);
  const contentType = headers.get("content-type") ?? "text/plain";
  const boundary = parameter(contentType, "boundary");
  if (contentType.toLowerCase().startsWith("multipart/") && boundary) {
    const sections = body.split(`--${boundary}`).slice(1);
    for (const section of sections) {
      if (section.startsWith("--")) break;
      collectParts(section.replace(/^\r?\n/, ""), into);
    }
    return headers;
  }
  const encoding = (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  const decoded =
    encoding === "base64"
      ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8")
      : encoding === "quoted-printable"
        ? decodeQuotedPrintable(body).toString("utf8")
        : body;
  const disposition = headers.get("content-disposition") ?? "";
  const filename = parameter(disposition, "filename") ?? parameter(contentType, "name");
  if (disposition.toLowerCase().startsWith("attachment") || filename) into.attachments.push({ filename: filename ?? "", contentType, content: decoded });
  else if (contentType.toLowerCase().startsWith("text/html")) into.html ||= decoded;
  else if (contentType.toLowerCase().startsWith("text/plain")) into.text ||= decoded;
  return headers;
}

export function parseMime(raw: string): TParsedMail {
  const parts: TCollected = { text: "", html: "", attachments: [] };
  const headers = collectParts(raw, parts);
  return { headers, text: parts.text.replace(/\r\n/g, "\n").trim(), html: parts.html, attachments: parts.attachments };
}
