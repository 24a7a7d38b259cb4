// freePort hands out each port once per process: Linux may give a just-closed probe's port to the
// next listen(0) (about 1 in 100 probes here), which once gave the e2e app's port to its mail capture.
import net from "node:net";
import { describe, expect, it } from "vitest";
import { freePort } from "./free-port";

describe("freePort", () => {
  it("never hands out the same port twice, and the port can be listened on", async () => {
    const ports: number[] = [];
    for (let i = 0; i < 300; i++) ports.push(await freePort());
    expect(new Set(ports).size).toBe(ports.length);
    const server = net.createServer();
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(ports[ports.length - 1], "127.0.0.1", () => resolve());
    });
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
});
