// Builds the embed loader (embed/src/loader.ts) with esbuild: minified ES2020, one IIFE, into
//   public/embed/loader.<content hash>.js   long-cached (immutable; next.config.js headers)
//   public/embed.js                          the same bytes under a stable name, short-cached
// and checks its gzipped size against the budget (≤ 1.5 KB). Used by `npm run build`
// (server/cli/build-embed.ts), `npm run dev` (watch, from server/cli/serve.ts) and the e2e harness.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import type { BuildOptions, BuildResult } from "esbuild";

const root = path.resolve(import.meta.dirname, "../../..");
export const EMBED_BUDGET_GZIP_BYTES = 1536;
const publicDir = path.join(root, "public");
const hashedDir = path.join(publicDir, "embed");

export interface TEmbedBuild {
  file: string;
  bytes: number;
  gzipBytes: number;
  isWithinBudget: boolean;
}

const options: BuildOptions = {
  entryPoints: [path.join(root, "embed/src/loader.ts")],
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2020",
  platform: "browser",
  legalComments: "none",
  charset: "utf8",
  write: false,
  logLevel: "silent",
  mangleProps: /^_/, // internal properties of the loader (embed/src/loader.ts)
};

export function gzipSize(code: Buffer | string): number {
  return zlib.gzipSync(code, { level: 9 }).length;
}

/** Writes the hashed and the stable file; removes older hashed builds. */
function emit(code: Uint8Array): TEmbedBuild {
  const bytes = Buffer.from(code);
  const hash = crypto.createHash("sha256").update(bytes).digest("hex").slice(0, 12);
  const name = `loader.${hash}.js`;
  fs.mkdirSync(hashedDir, { recursive: true });
  for (const old of fs.readdirSync(hashedDir)) if (/^loader\.[0-9a-f]+\.js$/.test(old) && old !== name) fs.rmSync(path.join(hashedDir, old));
  fs.writeFileSync(path.join(hashedDir, name), bytes);
  fs.writeFileSync(path.join(publicDir, "embed.js"), bytes);
  const gzipBytes = gzipSize(bytes);
  return { file: `/embed/${name}`, bytes: bytes.length, gzipBytes, isWithinBudget: gzipBytes <= EMBED_BUDGET_GZIP_BYTES };
}

export function describeBuild(build: TEmbedBuild): string {
  return `embed loader ${build.file} (also /embed.js): ${build.bytes} B, ${build.gzipBytes} B gzipped (budget ${EMBED_BUDGET_GZIP_BYTES} B${build.isWithinBudget ? "" : " — OVER BUDGET"})`;
}

function outputOf(result: BuildResult): Uint8Array {
  const out = result.outputFiles?.[0];
  if (!out) throw new Error("esbuild produced no output for the embed loader");
  return out.contents;
}

export async function buildEmbed(): Promise<TEmbedBuild> {
  const { build } = await import("esbuild");
  return emit(outputOf(await build(options)));
}

/** Development: rebuilds on every change to the loader or what it imports; logs each build. */
export async function watchEmbed(log: (line: string) => void = console.log): Promise<{ dispose: () => Promise<void> }> {
  const { context } = await import("esbuild");
  let last = "";
  const ctx = await context({
    ...options,
    plugins: [
      {
        name: "switchboard-embed-emit",
        setup(build) {
          build.onEnd((result) => {
            if (result.errors.length) return log(`embed loader: build failed (${result.errors[0]?.text ?? "unknown error"})`);
            const build = emit(outputOf(result));
            if (build.file !== last) log(describeBuild(build)); // the first watch build repeats rebuild()'s
            last = build.file;
          });
        },
      },
    ],
  });
  await ctx.rebuild(); // the files exist before the app serves its first request
  await ctx.watch();
  return { dispose: () => ctx.dispose() };
}
