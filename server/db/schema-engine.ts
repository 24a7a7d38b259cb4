// Prisma's schema engine compiled to WASM, driven through a driver adapter. This is how we create
// and apply migrations offline: the Prisma CLI's migrate commands need a native engine binary
// that cannot be downloaded here. The package is internal to Prisma: re-test on every upgrade.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

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

export async function withSchemaEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadEngineModule();
  const schema = fs.readFileSync(SCHEMA_PATH, "utf8");
  const engine = await SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
  }
}

export function readMigrationList(dir = MIGRATIONS_DIR): TMigrationList {
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
            ? { tag: "ok" as const, value: fs.readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `missing ${file}` },
        },
      };
    }),
  };
}

export const NO_FILTER = { externalTables: [], externalEnums: [] };
