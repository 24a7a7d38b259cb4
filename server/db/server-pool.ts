// The PostgreSQL pool and address behind a driver adapter factory made by connectPostgres
// (client.ts), for code that is handed only the factory (the schema engine's probe,
// schema-engine.ts), so nothing reaches into the adapter's internals.
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export interface TServerPool {
  pool: { query: (sql: string) => Promise<unknown> };
  connectionString: string;
}

const serverPools = new WeakMap<SqlMigrationAwareDriverAdapterFactory, TServerPool>();

/** Called by connectPostgres for the factory it made over `pool`. */
export function rememberServerPool(factory: SqlMigrationAwareDriverAdapterFactory, server: TServerPool): void {
  serverPools.set(factory, server);
}

/** The server pool behind a factory; undefined for the embedded database (or a factory made elsewhere). */
export function serverPoolOf(factory: SqlMigrationAwareDriverAdapterFactory): TServerPool | undefined {
  return serverPools.get(factory);
}
