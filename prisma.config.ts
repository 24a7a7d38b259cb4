// Prisma CLI config. The CLI insists on a native schema engine binary that cannot be downloaded
// offline; `generate`, `validate` and `format` never run it, so any existing file satisfies the
// check. Migrations do not use the CLI at all: see server/cli/db-migrate.ts and README "Migrations".
import { defineConfig } from "prisma/config";

process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
