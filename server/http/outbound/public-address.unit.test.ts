// Table-driven: which addresses a fetch of a user-given URL may reach.
import { describe, expect, it } from "vitest";
import { checkAddress, isIpLiteral } from "./public-address";

const cases: [string, "public" | "not-public" | "not-an-ip"][] = [
  // IPv4 public
  ["8.8.8.8", "public"],
  ["1.1.1.1", "public"],
  ["172.15.255.255", "public"],
  ["172.32.0.1", "public"],
  ["100.63.255.255", "public"],
  ["100.128.0.0", "public"],
  ["223.255.255.255", "public"],
  // IPv4 refused
  ["0.0.0.0", "not-public"],
  ["10.1.2.3", "not-public"],
  ["100.64.0.1", "not-public"],
  ["127.0.0.1", "not-public"],
  ["127.255.255.254", "not-public"],
  ["169.254.169.254", "not-public"],
  ["172.16.0.1", "not-public"],
  ["172.31.255.255", "not-public"],
  ["192.0.0.8", "not-public"],
  ["192.0.2.10", "not-public"],
  ["192.168.1.1", "not-public"],
  ["198.18.0.1", "not-public"],
  ["198.51.100.7", "not-public"],
  ["203.0.113.5", "not-public"],
  ["224.0.0.251", "not-public"],
  ["255.255.255.255", "not-public"],
  // IPv6 public
  ["2606:4700:4700::1111", "public"],
  ["2a00:1450:4001:82b::200e", "public"],
  ["[2606:4700:4700::1111]", "public"],
  // IPv6 refused
  ["::", "not-public"],
  ["::1", "not-public"],
  ["[::1]", "not-public"],
  ["0:0:0:0:0:0:0:1", "not-public"],
  ["fe80::1", "not-public"],
  ["fe80::1%eth0", "not-public"],
  ["fc00::1", "not-public"],
  ["fd12:3456:789a::1", "not-public"],
  ["ff02::1", "not-public"],
  ["2001:db8::1", "not-public"],
  ["2001::1", "not-public"], // Teredo
  ["100::1", "not-public"],
  ["::127.0.0.1", "not-public"], // IPv4-compatible (deprecated)
  // IPv4 inside IPv6: the IPv4 address decides
  ["::ffff:127.0.0.1", "not-public"],
  ["::ffff:7f00:1", "not-public"],
  ["::ffff:10.0.0.1", "not-public"],
  ["::ffff:169.254.169.254", "not-public"],
  ["[::ffff:192.168.0.1]", "not-public"],
  ["::ffff:8.8.8.8", "public"],
  ["64:ff9b::10.0.0.1", "not-public"],
  ["64:ff9b::8.8.8.8", "public"],
  ["2002:7f00:1::1", "not-public"], // 6to4 of 127.0.0.1
  ["2002:808:808::1", "public"], // 6to4 of 8.8.8.8
  // Not IP literals
  ["example.com", "not-an-ip"],
  ["localhost", "not-an-ip"],
  ["1.2.3", "not-an-ip"],
  ["256.1.1.1", "not-an-ip"],
  ["1::2::3", "not-an-ip"],
  ["12345::", "not-an-ip"],
  ["0x7f.0.0.1", "not-an-ip"],
];

describe("checkAddress", () => {
  it.each(cases)("%s → %s", (address, expected) => {
    const verdict = checkAddress(address);
    expect(verdict.isPublic ? "public" : verdict.reason).toBe(expected);
  });

  it.each([
    ["127.0.0.1", true],
    ["[::1]", true],
    ["::ffff:10.0.0.1", true],
    ["example.com", false],
    ["localhost", false],
  ] as const)("isIpLiteral(%s) = %s", (host, expected) => {
    expect(isIpLiteral(host)).toBe(expected);
  });
});
