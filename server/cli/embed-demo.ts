// npm run embed:demo — a sample website on another origin with the three embed snippets, at
// http://127.0.0.1:3100 (EMBED_DEMO_PORT) for the app at APP_URL (development: http://localhost:3000,
// start it with npm run dev). The seeded demo form allows this origin in development only
// (prisma/seed/seed-demo.ts); any other form: add the origin on its Share page.
import { loadConfigOrExit } from "./lib/load-env";
import { startEmbedDemoSite } from "./lib/embed-demo-site";

const config = await loadConfigOrExit();
const appUrl = config.APP_URL;
const port = config.EMBED_DEMO_PORT;
const slug = process.argv[2] ?? "demo";
try {
  const site = await startEmbedDemoSite({ appUrl, slug, port, hostname: "127.0.0.1" });
  console.log(`Embed demo: ${site.origin}/ embeds ${appUrl}/f/${slug} (inline, popup, JS API). Ctrl-C stops it.`);
  console.log(`Try ${site.origin}/?utm_source=newsletter&utm_campaign=demo — the lead keeps them.`);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(code === "EADDRINUSE" ? `Port ${port} is in use: set EMBED_DEMO_PORT to another port.` : error);
  process.exit(1);
}
