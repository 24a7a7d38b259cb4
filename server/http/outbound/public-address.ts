// Which IP addresses a server-side fetch of a user-given URL may reach: public unicast only.
// Loopback, private (RFC 1918, ULA), link-local, carrier-grade NAT, multicast, documentation,
// benchmarking and other special-purpose ranges (IANA registries) are refused — for IPv4, IPv6,
// and IPv4 addresses carried inside IPv6 (mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96, 6to4).
// Pure: no DNS here (outbound-fetch.ts resolves names and checks every address it connects to).

/** [first octets as a 32-bit number, prefix length] of IPv4 ranges that are not public. */
const IPV4_BLOCKED: [string, number][] = [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local (cloud metadata endpoints live here)
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.88.99.0", 24], // 6to4 relay anycast
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
];

function parseIpv4(text: string): number | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    value = value * 256 + n;
  }
  return value;
}

const IPV4_RANGES = IPV4_BLOCKED.map(([base, bits]) => ({ base: parseIpv4(base)!, bits }));

function inIpv4Range(value: number, base: number, bits: number): boolean {
  const size = 2 ** (32 - bits);
  return Math.floor(value / size) === Math.floor(base / size);
}

function isPublicIpv4(value: number): boolean {
  return !IPV4_RANGES.some((r) => inIpv4Range(value, r.base, r.bits));
}

/** Eight 16-bit groups, or null when the text is not an IPv6 address. */
function parseIpv6(input: string): number[] | null {
  let text = input.replace(/^\[|\]$/g, "");
  const zone = text.indexOf("%");
  if (zone >= 0) text = text.slice(0, zone);
  if (!/^[0-9a-f:.]+$/i.test(text) || !text.includes(":")) return null;
  // A dotted IPv4 tail (::ffff:127.0.0.1) becomes two groups.
  const lastColon = text.lastIndexOf(":");
  const tail = text.slice(lastColon + 1);
  if (tail.includes(".")) {
    const v4 = parseIpv4(tail);
    if (v4 === null) return null;
    text = `${text.slice(0, lastColon + 1)}${Math.floor(v4 / 65536).toString(16)}:${(v4 % 65536).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const groupsOf = (s: string) => (s === "" ? [] : s.split(":"));
  const head = groupsOf(halves[0]!);
  const rest = halves.length === 2 ? groupsOf(halves[1]!) : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...rest];
  if (groups.some((g) => !/^[0-9a-f]{1,4}$/i.test(g))) return null;
  return groups.map((g) => parseInt(g, 16));
}

function ipv4Of(high: number, low: number): number {
  return high * 65536 + low;
}

function isPublicIpv6(g: number[]): boolean {
  const [g0, g1, g2, g3, g4, g5, g6, g7] = g as [number, number, number, number, number, number, number, number];
  // IPv4-mapped ::ffff:a.b.c.d — the IPv4 address decides.
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0xffff) return isPublicIpv4(ipv4Of(g6, g7));
  // NAT64 well-known prefix 64:ff9b::/96 — the embedded IPv4 address decides.
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return isPublicIpv4(ipv4Of(g6, g7));
  // 6to4 2002:a.b.c.d::/48 — the embedded IPv4 address decides.
  if (g0 === 0x2002) return isPublicIpv4(ipv4Of(g1, g2));
  // Only global unicast 2000::/3 is public; inside it, refuse the special-purpose blocks.
  if ((g0 & 0xe000) !== 0x2000) return false; // ::, ::1, ::/96, fc00::/7, fe80::/10, ff00::/8, 100::/64 …
  if (g0 === 0x2001 && g1 < 0x200) return false; // 2001::/23 IETF protocol assignments (Teredo, ORCHID, benchmarking)
  if (g0 === 0x2001 && g1 === 0xdb8) return false; // documentation
  if (g0 === 0x3fff && g1 < 0x1000) return false; // documentation 3fff::/20
  return true;
}

export type TAddressVerdict = { isPublic: true } | { isPublic: false; reason: "not-an-ip" | "not-public" };

/** Whether a literal IP address (IPv4, IPv6, bracketed or not) is a public unicast address. */
export function checkAddress(address: string): TAddressVerdict {
  const v4 = parseIpv4(address);
  if (v4 !== null) return isPublicIpv4(v4) ? { isPublic: true } : { isPublic: false, reason: "not-public" };
  const v6 = parseIpv6(address);
  if (v6 === null) return { isPublic: false, reason: "not-an-ip" };
  return isPublicIpv6(v6) ? { isPublic: true } : { isPublic: false, reason: "not-public" };
}

export function isPublicAddress(address: string): boolean {
  return checkAddress(address).isPublic;
}

/** True for a host name that is an IP literal (so no DNS answer is involved). */
export function isIpLiteral(host: string): boolean {
  return parseIpv4(host) !== null || parseIpv6(host) !== null;
}
