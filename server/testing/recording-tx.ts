// Tests that count what a transaction sends: every statement through a transaction, in order —
// raw SQL by its text (with its text arguments), Prisma model calls by name ("leadAssignment.create")
// — on either database. `recording` wraps a transaction handed to code under test;
// `recordTransactions` wraps every transaction of a Prisma client's thin client (raw-sql.ts: the
// intake's) until restored.
import type { Db } from "../db/client";
import { rawSqlOf } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { TRawSql, TRawSqlPool } from "../db/raw-sql";

const RAW = new Set(["$queryRaw", "$executeRaw", "$queryRawUnsafe", "$executeRawUnsafe"]);

/** `tx` with every statement it is asked to send recorded in `seen`, in order. */
export function recording<T extends object>(tx: T, seen: string[]): T {
  return new Proxy(tx, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof prop === "string" && RAW.has(prop) && typeof value === "function") {
        return (first: unknown, ...rest: unknown[]) => {
          // A tagged template or a Prisma.Sql as the statement's whole text (nested fragments included) and its text values.
          const sql = Array.isArray(first) ? Prisma.sql(first as unknown as TemplateStringsArray, ...rest) : first instanceof Prisma.Sql ? first : null;
          const text = sql ? sql.sql : String(first);
          const values = sql ? sql.values : rest;
          seen.push([text, ...values.filter((v): v is string => typeof v === "string")].join(" | "));
          return (value as (...args: unknown[]) => unknown).call(target, first, ...rest);
        };
      }
      if (typeof prop === "string" && !prop.startsWith("$") && value !== null && typeof value === "object") {
        return new Proxy(value, {
          get(model, method) {
            const fn: unknown = Reflect.get(model, method, model);
            if (typeof fn !== "function") return fn;
            return (...args: unknown[]) => {
              seen.push(`${prop}.${String(method)}`);
              return (fn as (...a: unknown[]) => unknown).apply(model, args);
            };
          },
        });
      }
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Records the statements of every transaction the thin client of `db` runs (one list per transaction) until `restore()`. */
export function recordTransactions(db: Db): { transactions: string[][]; restore: () => void } {
  const sql: TRawSqlPool = rawSqlOf(db);
  const original = sql.transaction.bind(sql);
  const transactions: string[][] = [];
  sql.transaction = (run, options) => {
    const seen: string[] = [];
    transactions.push(seen);
    return original((tx: TRawSql) => run(recording(tx, seen)), options);
  };
  return { transactions, restore: () => void (sql.transaction = original) };
}
