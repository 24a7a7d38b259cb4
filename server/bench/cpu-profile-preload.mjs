// CPU profile of a bench child process (BENCH_HTTP_CPU_PROF): loaded with NODE_OPTIONS=--import, so
// it also reaches the process tsx starts for the script (node --cpu-prof on tsx's own command line
// profiled only tsx's launcher, and writes nothing when the process is ended by a signal). Starts
// V8's sampling profiler at load; on SIGTERM/SIGINT writes <PROF_DIR>/<pid>-<script>.cpuprofile
// and exits. Open the file in Chrome DevTools (Performance) or summarise it by self time.
import inspector from "node:inspector";
import fs from "node:fs";
// eslint-disable-next-line no-restricted-properties -- a preload outside the app, before any of its modules
const dir = process.env.PROF_DIR;
if (!dir) throw new Error("cpu-profile-preload: set PROF_DIR");
const session = new inspector.Session();
session.connect();
session.post("Profiler.enable", () => session.post("Profiler.setSamplingInterval", { interval: 500 }, () => session.post("Profiler.start")));
const stop = () => session.post("Profiler.stop", (err, { profile } = {}) => {
  if (profile) fs.writeFileSync(`${dir}/${process.pid}-${process.argv.slice(1).map((a) => a.split("/").pop()).join("_").slice(0, 60)}.cpuprofile`, JSON.stringify(profile));
  process.exit(0);
});
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
