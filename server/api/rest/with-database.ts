// Route handlers get the process database here, so a database that cannot be opened still answers
// with the API's 500 body and CORS headers. Tests skip this and pass their own database.
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
