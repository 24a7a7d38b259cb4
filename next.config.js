// @ts-check
/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Packages that must be loaded by Node at run time, not bundled (WASM, native pg, pg-boss).
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/schema-engine-wasm",
    "@prisma/driver-adapter-utils",
    "@prisma/adapter-pg",
    "pg",
    "pg-boss",
    "bcryptjs",
    "rate-limiter-flexible",
  ],
  experimental: {
    authInterrupts: true,
    // No Turbopack cache on disk for `next dev` (on by default since Next 16.1). With it, the first
    // `npm run dev` started with other environment variables than the run before (PGLITE_DIR,
    // SEED_HISTORY, a mail setting …) served pages that reloaded forever: every HMR connection
    // got a "restart" for the client entry, so nobody could sign in until the next restart.
    // The price: the first page after a restart compiles cold (sign-in 14 s instead of 3.6 s on a
    // 2-core machine; later pages 1–7 s either way). A reload loop that locks everyone out is worse.
    turbopackFileSystemCacheForDev: false,
  },
  // `npm run dev` prints http://localhost:3000, but 127.0.0.1:3000 is the same machine: without
  // this, Next's dev server refuses that origin's HMR socket and lazy chunks, and forms on pages
  // opened there never hydrate (their Next button does nothing). Development only.
  allowedDevOrigins: ["127.0.0.1"],
  // Security headers (server/http/security-headers.ts explains them). Hosted form pages /f/<slug>
  // get their framing headers from proxy.ts (they depend on the form's allowed origins).
  async headers() {
    const everywhere = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    ];
    if (process.env.NODE_ENV === "production") {
      everywhere.push({ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" });
    }
    // The embed loader (server/cli/lib/embed-build.ts): the content-hashed file never changes;
    // the stable /embed.js that snippets name is re-checked every few minutes. Any site may load
    // them (Access-Control-Allow-Origin for <script integrity> users).
    const embedScript = (cacheControl) => [
      { key: "Cache-Control", value: cacheControl },
      { key: "Access-Control-Allow-Origin", value: "*" },
    ];
    return [
      { source: "/:path*", headers: everywhere },
      { source: "/embed.js", headers: embedScript("public, max-age=300, stale-while-revalidate=86400") },
      { source: "/embed/:file*", headers: embedScript("public, max-age=31536000, immutable") },
      {
        source: "/((?!f/).*)",
        headers: [
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'; base-uri 'self'; object-src 'none'" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
  typescript: { ignoreBuildErrors: false },
};

export default nextConfig;
