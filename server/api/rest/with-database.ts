// Route handlers get the process database here, so a database that cannot be opened still answers
// with the API's error body: a 503 with Retry-After when it is busy or unreachable just now
// (json-error.ts), a 500 otherwise. Tests skip this and pass their own database.
import { getDb, type Db } from "../../db/client";
import { errorResponse } from "./json-error";

export async function withDatabase(where: string, handle: (db: Db) => Promise<Response>): Promise<Response> {
  let db: Db;
  try {
    db = await getDb();
  } catch (error) {
    return errorResponse(error, where);
  }
  return handle(db);
}
