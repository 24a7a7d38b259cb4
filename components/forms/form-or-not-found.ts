// Server pages of one form: the form (and what else the page needs) of the member's workspace,
// or the 404 page for a missing form or another workspace's id.
import { notFound } from "next/navigation";
import { AppError } from "@/server/errors";

export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
