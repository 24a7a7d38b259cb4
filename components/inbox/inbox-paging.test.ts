// The inbox's paging line and addresses: said only when a page shows fewer than all the open leads.
import { describe, expect, it } from "vitest";
import { inboxPageCount, inboxPageHref, inboxShowingText, readInboxPage } from "./inbox-paging";

describe("the inbox's pages", () => {
  it.each([
    { paging: { total: 0, page: 1, pageSize: 200 }, text: null, pages: 1 },
    { paging: { total: 200, page: 1, pageSize: 200 }, text: null, pages: 1 },
    { paging: { total: 257, page: 1, pageSize: 200 }, text: "Showing 1–200 of 257 open leads", pages: 2 },
    { paging: { total: 257, page: 2, pageSize: 200 }, text: "Showing 201–257 of 257 open leads", pages: 2 },
    { paging: { total: 2_080, page: 3, pageSize: 200 }, text: "Showing 401–600 of 2,080 open leads", pages: 11 },
  ])("$paging.total leads, page $paging.page → $text", ({ paging, text, pages }) => {
    expect(inboxShowingText(paging)).toBe(text);
    expect(inboxPageCount(paging)).toBe(pages);
  });

  it.each([
    { value: undefined, page: 1 },
    { value: "2", page: 2 },
    { value: ["3", "4"], page: 3 },
    { value: "0", page: 1 },
    { value: "-2", page: 1 },
    { value: "abc", page: 1 },
    { value: "100001", page: 1 },
  ])("reads ?page=$value as page $page", ({ value, page }) => {
    expect(readInboxPage(value)).toBe(page);
  });

  it("links page 1 without a query", () => {
    expect(inboxPageHref(1)).toBe("/inbox");
    expect(inboxPageHref(2)).toBe("/inbox?page=2");
  });
});
