// Prisma's schema engine compiled to WASM, driven through a driver adapter. This is how we create
// and apply migrations offline: the Prisma CLI's migrate commands need a native engine binary
// that cannot be downloaded here. The package is internal to Prisma: re-test on every upgrade.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { probePostgres } from "./connect-errors";
import { serverPoolOf } from "./server-pool";

type WasmEngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
type SchemaEngine = Awaited<ReturnType<WasmEngineModule["SchemaEngine"]["new"]>>;
export type TMigrationList = Parameters<SchemaEngine["applyMigrations"]>[0]["migrationsList"];

const require = createRequire(import.meta.url);
let wasmModule: Promise<WasmEngineModule> | undefined;

/** Loads the WASM by hand: Node 20 cannot import .wasm files without an experimental flag. */
function loadEngineModule(): Promise<WasmEngineModule> {
  wasmModule ??= (async () => {
    const bindingsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const dir = path.dirname(bindingsPath);
    const bindings: WasmEngineModule = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const compiled = new WebAssembly.Module(fs.readFileSync(path.join(dir, "schema_engine_bg.wasm")));
    const instance = new WebAssembly.Instance(compiled, { "./schema_engine_bg.js": bindings as never });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
    return bindings;
  })();
  return wasmModule;
}

export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");

/**
 * @prisma/adapter-pg runs a migration script by splitting it on every ";" — also inside comments
 * and string literals — so a migration with "; " in a comment fails on a PostgreSQL server while
 * it applies on PGlite. PostgreSQL runs a whole script as one simple query: do that instead.
 */
function withWholeScripts(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  type TAdapter = Awaited<ReturnType<SqlMigrationAwareDriverAdapterFactory["connect"]>>;
  const wrap = (adapter: TAdapter): TAdapter => {
    const pool = (adapter as unknown as { client?: { query?: (sql: string) => Promise<unknown> } }).client;
    if (adapter.adapterName !== "@prisma/adapter-pg" || typeof pool?.query !== "function") return adapter;
    return new Proxy(adapter, {
      get(target, property, receiver) {
        if (property === "executeScript") {
          return async (script: string) => {
            try {
              await pool.query!(script);
            } catch (error) {
              (target as unknown as { onError: (e: unknown) => never }).onError(error);
            }
          };
        }
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  };
  return new Proxy(factory, {
    get(target, property, receiver) {
      if (property === "connect") return async () => wrap(await target.connect());
      if (property === "connectToShadowDb" && typeof target.connectToShadowDb === "function") {
        return async () => wrap(await target.connectToShadowDb());
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/**
 * A PostgreSQL server that cannot be reached stops here with one line (connect-errors.ts): the
 * engine would answer with its own error and a WASM stack. The pool and address are the ones
 * connectPostgres made the factory over (server-pool.ts); the embedded database has none.
 */
export async function probeServer(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<void> {
  const server = serverPoolOf(adapterFactory);
  if (server) await probePostgres(server.pool, server.connectionString);
}

export async function withSchemaEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await probeServer(adapterFactory);
  const { SchemaEngine } = await loadEngineModule();
  const schema = fs.readFileSync(SCHEMA_PATH, "utf8");
  const engine = await SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(withWholeScripts(adapterFactory)),
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
  }
}

/**
 * Hand-written SQL that Prisma's schema cannot express (an exclusion constraint) sits between
 * `-- diff:ignore-start` and `-- diff:ignore-end`. The engine's diff cannot replay such SQL (it
 * then diffs from an empty database), so `forDiff` leaves those blocks out; applying migrations
 * always runs the whole file.
 */
export function withoutDiffIgnoredSql(sql: string): string {
  return sql.replace(/^-- diff:ignore-start$[\s\S]*?^-- diff:ignore-end$/gm, "");
}

export function readMigrationList(dir = MIGRATIONS_DIR, options: { forDiff?: boolean } = {}): TMigrationList {
  const lockPath = path.join(dir, "migration_lock.toml");
  const names = fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir: dir,
    lockfile: {
      path: "migration_lock.toml",
      content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => {
      const file = path.join(dir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(file)
            ? { tag: "ok" as const, value: options.forDiff ? withoutDiffIgnoredSql(fs.readFileSync(file, "utf8")) : fs.readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `missing ${file}` },
        },
      };
    }),
  };
}

export const NO_FILTER = { externalTables: [], externalEnums: [] };
