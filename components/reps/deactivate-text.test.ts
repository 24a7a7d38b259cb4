import { describe, expect, it } from "vitest";
import { activeOpenLeadsLine, deactivateConfirmText, inactiveOpenLeadsNotice, repLeadsHref } from "./deactivate-text";

describe("deactivate texts", () => {
  it.each([
    { openLeads: 0, has: null },
    { openLeads: 1, has: "They still own 1 open lead (assigned, accepted or in fallback)" },
    { openLeads: 2, has: "They still own 2 open leads (assigned, accepted or in fallback)" },
  ])("confirm with $openLeads open leads", ({ openLeads, has }) => {
    const text = deactivateConfirmText("Tom Becker", openLeads);
    expect(text.startsWith("Deactivate Tom Becker? They will stop receiving new leads.")).toBe(true);
    if (has === null) expect(text).toBe("Deactivate Tom Becker? They will stop receiving new leads.");
    else {
      expect(text).toContain(has);
      expect(text).toContain("Reassign them from Leads, filtered to Tom Becker");
    }
  });

  it.each([
    { isActive: false, openLeads: 2, notice: "Tom Becker is inactive but still owns 2 open leads. They stay with Tom Becker until you reassign them.", line: null },
    { isActive: false, openLeads: 0, notice: null, line: null },
    { isActive: true, openLeads: 1, notice: null, line: "Owns 1 open lead" },
    { isActive: true, openLeads: 0, notice: null, line: null },
  ])("page lines: active $isActive, $openLeads open", ({ isActive, openLeads, notice, line }) => {
    expect(inactiveOpenLeadsNotice("Tom Becker", isActive, openLeads)).toBe(notice);
    expect(activeOpenLeadsLine(isActive, openLeads)).toBe(line);
  });

  it("links to the leads list filtered to the owner (the leads page's repId)", () => {
    expect(repLeadsHref("cmrep1")).toBe("/leads?repId=cmrep1");
  });
});
