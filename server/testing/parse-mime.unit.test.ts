import { describe, expect, it } from "vitest";
// nodemailer's own encoder: what the capture server receives from the product's SMTP transport.
import qp from "nodemailer/lib/qp";
import { decodeQuotedPrintable, parseMime } from "./parse-mime";

describe("decodeQuotedPrintable", () => {
  it.each([
    ["plain text", "Hello, Sarah", "Hello, Sarah"],
    ["an escaped equals sign", "a=3Db", "a=b"],
    ["a soft line break (CRLF)", "long=\r\nline", "longline"],
    ["a soft line break (LF)", "long=\nline", "longline"],
    ["a multi-byte character as a run of escapes", "caf=C3=A9 au lait", "café au lait"],
    ["escapes in lower case", "caf=c3=a9", "café"],
    ["a non-ASCII character left unescaped", "café", "café"],
    ["an equals sign not followed by hex, kept", "x=ZZ and y=", "x=ZZ and y="],
    ["a run split by a soft break", "=E2=82=\r\n=AC 5", "€ 5"],
    ["an empty body", "", ""],
  ])("%s", (_name, encoded, decoded) => {
    expect(decodeQuotedPrintable(encoded).toString("utf8")).toBe(decoded);
  });

  it.each([
    ["an alert's HTML", `<p style="color:#111">Victoria Park — First Bank, score 87 · “Sales-ready”</p>`.repeat(40)],
    ["text with tabs, trailing spaces and emoji", "Line one \t\nLine two 🚀 = done  \n"],
  ])("reads back what nodemailer encodes: %s", (_name, text) => {
    expect(decodeQuotedPrintable(qp.wrap(qp.encode(Buffer.from(text, "utf8")), 76)).toString("utf8")).toBe(text);
  });
});

describe("parseMime", () => {
  it("reads a quoted-printable HTML part and an encoded subject", () => {
    const raw = [
      "Subject: =?UTF-8?Q?New_lead_=E2=80=94_Caf=C3=A9?=",
      'Content-Type: multipart/alternative; boundary="b1"',
      "",
      "--b1",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: quoted-printable",
      "",
      "Caf=C3=A9 lead",
      "--b1",
      "Content-Type: text/html; charset=utf-8",
      "Content-Transfer-Encoding: quoted-printable",
      "",
      '<p class=3D"x">Caf=C3=A9=',
      " lead</p>",
      "--b1--",
    ].join("\r\n");
    const mail = parseMime(raw);
    expect(mail.headers.get("subject")).toBe("New lead — Café");
    expect(mail.text).toBe("Café lead");
    expect(mail.html).toBe('<p class="x">Café lead</p>\r\n');
  });
});
