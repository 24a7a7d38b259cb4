import { describe, expect, it } from "vitest";
import { OutboundError, refuseKnownPrivateHost } from "./outbound-fetch";

const refused = (url: string) => {
  try {
    refuseKnownPrivateHost(new URL(url));
    return false;
  } catch (error) {
    return (error as { code?: string }).code === "OUTBOUND_PRIVATE_ADDRESS";
  }
};

describe("refuseKnownPrivateHost (a webhook URL is refused when saved)", () => {
  it.each([
    ["http://127.0.0.1:3999/hook", true],
    ["http://169.254.169.254/latest/meta-data/", true],
    ["http://localhost/", true],
    ["http://api.localhost/", true],
    ["http://localhost.:3779/", true],
    ["http://api.localhost./", true],
    ["http://127.0.0.1./", true],
    ["http://[::1]/", true],
    ["http://0.0.0.0/", true],
    ["http://2130706433/", true],
    ["http://0x7f.1/", true],
    ["http://[::ffff:127.0.0.1]/", true],
    ["http://127.1/", true],
    ["https://10.0.0.5/hook", true],
    ["https://192.168.1.1/", true],
    ["https://hooks.example.com/in", false],
    ["https://8.8.8.8/", false],
    ["https://[2606:4700:4700::1111]/", false],
    ["https://localhost.example.com/", false], // a name: checked when connecting
  ])("%s → refused: %s", (url, expected) => expect(refused(url)).toBe(expected));

  it("the refusal says what is refused and who can allow it (OUTBOUND_ALLOW_PRIVATE=true)", () => {
    let error: unknown;
    try {
      refuseKnownPrivateHost(new URL("http://127.0.0.1:3796/hook"));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OutboundError);
    expect((error as OutboundError).message).toMatch(/^This address points to a private or local network; only public internet addresses are allowed/);
    expect((error as OutboundError).message).toMatch(/whoever runs Switchboard can allow private addresses with OUTBOUND_ALLOW_PRIVATE=true/);
  });
});
