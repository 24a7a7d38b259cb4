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
  experimental: { authInterrupts: true },
  typescript: { ignoreBuildErrors: false },
};

export default nextConfig;
