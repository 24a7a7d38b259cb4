// The API key list's times in the server's HTML (what the browser's first render must match): in the
// zone the viewer's cookie named (<ViewerZoneProvider>), the exact instant in `dateTime`, the last
// use to the second in UTC in its title; UTC, named, before the browser has said its zone. The list
// wrote "created 2026-12-01 · expires 2026-12-31 · last used 2026-12-07 13:36 UTC" for everyone.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ApiKeyList, type TApiKeyRow } from "./api-key-list";
import { ViewerZoneProvider } from "@/components/leads/viewer-zone-provider";

const KEY: TApiKeyRow = {
  id: "k1",
  name: "Routing reader",
  prefix: "sb_live_ab12",
  scopes: ["routing:read"],
  createdAt: new Date("2026-12-01T04:30:00.000Z"),
  expiresAt: new Date("2026-12-31T04:30:00.000Z"),
  isExpired: false,
  lastUsedAt: new Date("2026-12-07T13:36:56.789Z"),
  revokedAt: null,
};

const times = (html: string) => [...html.matchAll(/<time dateTime="([^"]+)"(?: title="([^"]*)")?>([^<]*)<\/time>/g)].map((m) => ({ dateTime: m[1], title: m[2] ?? null, text: m[3] }));
const listIn = (zone: string | null, key: TApiKeyRow = KEY) =>
  renderToStaticMarkup(createElement(ViewerZoneProvider, { zone, children: createElement(ApiKeyList, { keys: [key], onRevoke: () => {}, isRevoking: false }) }));

describe("the API key list's times in the server's HTML", () => {
  it.each<[string, string | null, { text: string; title: string | null }[]]>([
    [
      "New York (the cookie's zone): the day before in the evening",
      "America/New_York",
      [
        { text: "Nov 30, 2026, 23:30", title: "Nov 30, 2026, 23:30 New York (GMT−5)" },
        { text: "Dec 30, 2026, 23:30", title: "Dec 30, 2026, 23:30 New York (GMT−5)" },
        { text: "Dec 7, 2026, 08:36", title: "Dec 7, 2026, 08:36 New York (GMT−5) · 2026-12-07 13:36:56 UTC" },
      ],
    ],
    [
      "Tokyo",
      "Asia/Tokyo",
      [
        { text: "Dec 1, 2026, 13:30", title: "Dec 1, 2026, 13:30 Tokyo (GMT+9)" },
        { text: "Dec 31, 2026, 13:30", title: "Dec 31, 2026, 13:30 Tokyo (GMT+9)" },
        { text: "Dec 7, 2026, 22:36", title: "Dec 7, 2026, 22:36 Tokyo (GMT+9) · 2026-12-07 13:36:56 UTC" },
      ],
    ],
    [
      "no zone known yet: UTC, named",
      null,
      [
        { text: "Dec 1, 2026, 04:30 UTC", title: null },
        { text: "Dec 31, 2026, 04:30 UTC", title: null },
        { text: "Dec 7, 2026, 13:36 UTC", title: "2026-12-07 13:36:56 UTC" },
      ],
    ],
  ])("%s", (_what, zone, expected) => {
    const html = listIn(zone);
    expect(times(html)).toEqual(expected.map((t, i) => ({ ...t, dateTime: [KEY.createdAt, KEY.expiresAt!, KEY.lastUsedAt!][i]!.toISOString() })));
    expect(html).toContain(`created <time`);
    expect(html).toContain(`· expires <time`);
    expect(html).toContain(`last used <time`);
  });

  it.each<[string, Partial<TApiKeyRow>, RegExp]>([
    ["never used, no expiry", { expiresAt: null, lastUsedAt: null }, /· no expiry · <span data-testid="last-used">last used never<\/span>/],
    ["expired", { isExpired: true }, /· expired <time dateTime="2026-12-31T04:30:00.000Z"/],
  ])("%s", (_what, change, pattern) => {
    expect(listIn("America/New_York", { ...KEY, ...change })).toMatch(pattern);
  });
});
