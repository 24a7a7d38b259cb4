// npm run db:seed — (re)creates the demo workspace; other workspaces are left alone.
import { loadEnvFiles } from "./lib/load-env";
import { runScript } from "./lib/run-script";

loadEnvFiles();
await runScript(async () => {
  const { env } = await import("../env");
  const { connectConfigured } = await import("../db/client");
  const { applyMigrations } = await import("../db/migrate");
  const { seedDemo, demoCredentialsText } = await import("../../prisma/seed/seed-demo");
  const handle = await connectConfigured();
  try {
    await applyMigrations(handle.adapterFactory);
    await seedDemo(handle.db);
    console.log(demoCredentialsText(env().APP_URL));
  } finally {
    await handle.close();
  }
});
