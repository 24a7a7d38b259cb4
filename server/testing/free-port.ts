// A free TCP port on 127.0.0.1 (the OS picks one; the probe closes before it is used), for the
// servers tests, the e2e harness, the size run and benchmarks start. Linux may hand the port just
// probed to the next listen(0) while the server meant for it is still starting (the e2e harness's
// app once found its port taken by the mail capture started after the probe), so a port is never
// handed out twice by one process: the probe is repeated until it finds a new one.
import net from "node:net";

const handedOut = new Set<number>();

function probePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function freePort(): Promise<number> {
  for (;;) {
    const port = await probePort();
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
}
