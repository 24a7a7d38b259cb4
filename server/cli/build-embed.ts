// npm run build:embed (and the first step of npm run build): builds the embed loader into
// public/ (server/cli/lib/embed-build.ts), prints its size and fails when it is over budget.
import { buildEmbed, describeBuild } from "./lib/embed-build";

const build = await buildEmbed();
console.log(describeBuild(build));
if (!build.isWithinBudget) process.exit(1);
