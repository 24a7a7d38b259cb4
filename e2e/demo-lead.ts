// A qualified lead sent to the demo form through its public submissions endpoint, so a spec that
// runs alone (on a fresh e2e database, no history) has a lead in the list and its menus.
import type { APIRequestContext } from "@playwright/test";
import { BANK_VP } from "../prisma/seed/demo-answers";
import { expect } from "./fixtures";

/** Submits the bank VP's answers (Sales-ready) now, under a unique email and name carrying `label`. */
export async function submitSalesReadyLead(request: APIRequestContext, label: string): Promise<void> {
  const stamp = `${Date.now()}-${label}`;
  const submitted = await request.post("/api/v1/forms/demo/submissions", {
    data: { answers: { ...BANK_VP, email: `${label}.${stamp}@filters-bank.com`, full_name: `Demo Lead ${stamp}`, company: "Filters Bank" }, context: { fillTimeMs: 20_000, source: "api" } },
  });
  expect(submitted.status(), await submitted.text()).toBe(201);
}
