import { describe, expect, it } from "vitest";
import { AppError } from "../../errors";
import { leadsCsvInput } from "./leads-csv-query";

// The CSV export reads the leads page's enum values as the page does: in any letter case, written
// as the app writes them (enum-value.ts); a value that is no member in any case keeps its 422.
const inputOf = (query: string) => leadsCsvInput(new URLSearchParams(query));

function refusalOf(query: string): { path: string; message: string }[] {
  try {
    inputOf(query);
  } catch (error) {
    if (error instanceof AppError && error.code === "VALIDATION") return error.details;
    throw error;
  }
  throw new Error(`${query} was accepted`);
}

const STATUS_MESSAGE = "Use one of: NEW, ASSIGNED, ACCEPTED, FALLBACK, NURTURE, DISQUALIFIED, SPAM, CLOSED";
const SORT_MESSAGE = "Use one of: date-desc, date-asc, score-desc, score-asc";

describe("leadsCsvInput: status and sort in any letter case", () => {
  it.each<[string, string]>([
    ["status=ASSIGNED", "ASSIGNED"],
    ["status=assigned", "ASSIGNED"],
    ["status=Fallback", "FALLBACK"],
    ["status=sPaM", "SPAM"],
  ])("%s → status %s", (query, status) => {
    expect(inputOf(query).status).toBe(status);
  });

  it.each<[string, string, string]>([
    ["sort=date-desc", "submittedAt", "desc"],
    ["sort=DATE-DESC", "submittedAt", "desc"],
    ["sort=Score-Asc", "score", "asc"],
    ["sort=SCORE-desc", "score", "desc"],
    ["sort=date-ASC", "submittedAt", "asc"],
  ])("%s → %s %s", (query, sort, direction) => {
    expect(inputOf(query)).toMatchObject({ sort, direction });
  });

  it.each<[string, string, string]>([
    ["status=WON", "status", STATUS_MESSAGE],
    ["status=assign", "status", STATUS_MESSAGE],
    ["status=NEW&status=new", "status", STATUS_MESSAGE],
    ["sort=bogus", "sort", SORT_MESSAGE],
    ["sort=DATE_DESC", "sort", SORT_MESSAGE],
    ["sort=score-desc&sort=DATE-ASC", "sort", SORT_MESSAGE],
  ])("%s → 422 at %s with the allowed values", (query, path, message) => {
    expect(refusalOf(query)).toEqual([{ path, message }]);
  });
});
