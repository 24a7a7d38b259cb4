// npm run size — the hosted form's size figures (embed loader, first-load JS against a minimal
// App Router page built in the same run, LCP in Chromium), printed, never asserted. What and how:
// server/cli/lib/size-run.ts. `npm run bench` prints the same table.
import { runScript } from "./lib/run-script";

await runScript(async () => {
  const { runSizeFigures } = await import("./lib/size-run");
  console.log(`\n${(await runSizeFigures()).join("\n")}\n`);
});
