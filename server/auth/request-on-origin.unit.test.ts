import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { requestOnOrigin } from "./request-on-origin";

describe("requestOnOrigin", () => {
  it("a request Next.js renamed to localhost is moved back onto a loopback APP_URL's exact origin", async () => {
    // The trap itself: a NextRequest on 127.0.0.1 reports http://localhost (Next.js's NextURL).
    const incoming = new NextRequest("http://127.0.0.1:3994/api/auth/providers?x=1");
    expect(incoming.url).toBe("http://localhost:3994/api/auth/providers?x=1");
    expect((await requestOnOrigin(incoming, "http://127.0.0.1:3994")).url).toBe("http://127.0.0.1:3994/api/auth/providers?x=1");
    expect((await requestOnOrigin(incoming, "http://[::1]:3994/")).url).toBe("http://[::1]:3994/api/auth/providers?x=1");
  });

  it("attack: a request that came in for evil.example is moved onto APP_URL, its method, headers and body kept", async () => {
    const incoming = new NextRequest("http://evil.example/api/auth/callback/password", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: "authjs.csrf-token=t", "x-forwarded-host": "evil.example" },
      body: "email=a%40b.co&password=p",
    });
    const moved = await requestOnOrigin(incoming, "https://leads.example.com");
    expect(moved.url).toBe("https://leads.example.com/api/auth/callback/password");
    expect(moved.method).toBe("POST");
    expect(moved.headers.get("cookie")).toBe("authjs.csrf-token=t");
    expect(await moved.text()).toBe("email=a%40b.co&password=p");
  });
});
