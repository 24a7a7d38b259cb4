// Flat ESLint config. Pragmatic: typescript-eslint recommended (not type-aware, so it stays fast),
// React hooks rules for components, and the house rule that server/env.ts is the only reader of
// process.env (scripts, e2e, tests helpers and tool configs are exempt).
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.next/**",
      "server/db/generated/**",
      "public/embed.js",
      ".size-baseline/**",
      "public/embed/**",
      "test-results/**",
      "playwright-report/**",
      "blob-report/**",
      ".data/**",
      "coverage/**",
      "next-env.d.ts",
    ],
  },
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: "off" },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "@typescript-eslint/consistent-type-imports": ["warn", { fixStyle: "inline-type-imports", disallowTypeAnnotations: false }],
      // TypeScript already checks these; the core rules misfire on TS globals and types.
      "no-undef": "off",
      "no-redeclare": "off",
    },
  },
  {
    files: ["**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // React Compiler advisories: useful hints, but not build-breaking without the compiler.
      "react-hooks/set-state-in-effect": "warn",
      "react-hooks/refs": "warn",
      "react-hooks/purity": "warn",
      "react-hooks/preserve-manual-memoization": "warn",
    },
  },
  {
    // House rule: server/env.ts is the only reader of process.env.
    files: ["**/*.{ts,tsx,js,mjs,cjs,jsx}"],
    rules: {
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "Read configuration through env() from server/env.ts (the only reader of process.env).",
        },
      ],
    },
  },
  {
    files: [
      "server/env.ts",
      "server/cli/**",
      "e2e/**",
      "server/testing/**",
      "**/*.config.*",
      ".ci/**",
      // Tests may name their lane from TEST_DATABASE_URL (test-db.ts reads it for them).
      "**/*.test.{ts,tsx}",
      // Next.js reads NEXT_RUNTIME / NEXT_PHASE here; the bundler inlines them.
      "instrumentation.ts",
    ],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // House rule: server/domain is pure — no I/O, database, framework or configuration — so the
    // browser (editor preview) and the server run the same decisions, and tests need no mocks.
    files: ["server/domain/**/*.{ts,tsx}"],
    ignores: ["server/domain/**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["next", "next/*", "react", "react-dom", "react/*", "@prisma/*", "*/db/generated*", "pg", "pg-boss", "resend", "nodemailer", "next-auth", "next-auth/*", "@trpc/*", "node:*", "fs", "net", "http", "https", "child_process"],
              message: "server/domain is pure: no framework, database, network or file I/O (DESIGN.md house rule 1).",
            },
            {
              group: ["**/db/**", "**/db", "**/services/**", "**/jobs/**", "**/mail/**", "**/api/**", "../../auth/*", "**/env", "**/lifecycle", "@/server/*", "@/app/*", "@/components/*", "**/testing/**"],
              message: "server/domain is the bottom layer: it imports only itself, zod and pure data packages.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", { name: "fetch", message: "server/domain does no I/O: pass data in." }],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "server/domain takes `now` as an argument." },
        { object: "process", property: "env", message: "server/domain reads no configuration." },
      ],
    },
  },
  {
    // Layers: services and mail name jobs and write job rows through a queue they are given
    // (server/db/job-rows.ts); only the edge (server/workers) binds job names to handlers. The job
    // infrastructure (server/jobs) knows no service, mail or worker.
    files: ["server/services/**/*.{ts,tsx}", "server/mail/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/workers/**", "**/jobs/app-queue", "**/jobs/registry"], message: "Services and mail never import the job registry or the app queue: take a queue (TJobSender) as a dependency." }, { group: ["**/testing/**"], message: "Test kits and fixtures (server/testing) are for tests, benchmarks and the CLI only: production code never imports them." }] }],
    },
  },
  {
    files: ["server/jobs/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/services/**", "**/mail/**", "**/workers/**", "**/api/**", "**/auth/**"], message: "server/jobs is the job infrastructure: handlers are bound in server/workers." }, { group: ["**/testing/**"], message: "Test kits and fixtures (server/testing) are for tests, benchmarks and the CLI only: production code never imports them." }] }],
    },
  },
  {
    // The rest of production code: transports, auth, the edge, the database layer, pages.
    files: ["app/**/*.{ts,tsx}", "server/api/**/*.{ts,tsx}", "server/auth/**/*.{ts,tsx}", "server/http/**/*.{ts,tsx}", "server/workers/**/*.{ts,tsx}", "server/db/**/*.{ts,tsx}", "server/commands/**/*.{ts,tsx}", "proxy.ts", "instrumentation.ts", "server/lifecycle.ts", "server/env.ts"],
    ignores: ["**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/testing/**"], message: "Test kits and fixtures (server/testing) are for tests, benchmarks and the CLI only: production code never imports them." }] }],
    },
  },
  {
    // Plain Node scripts and configs in JavaScript.
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: {
      globals: { process: "readonly", console: "readonly", URL: "readonly", module: "writable", require: "readonly" },
    },
  },
  {
    // RE2 (re2js, ~100 KB) is the server's pattern engine; the hosted form page keeps the browser's
    // RegExp. Components are bundled for the browser: they get a matcher passed in instead.
    files: ["components/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "re2js", message: "Server only: pass a TPatternMatcher (matchNativePattern in the browser)." }],
          patterns: [{ group: ["**/domain/forms/re2-pattern"], message: "Server only: pass a TPatternMatcher (matchNativePattern in the browser)." }, { group: ["**/testing/**"], message: "Test kits and fixtures (server/testing) are for tests, benchmarks and the CLI only: production code never imports them." }],
        },
      ],
    },
  },
);
