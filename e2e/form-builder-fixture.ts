// The builder specs' shared start: a new form of their own (made through tRPC as the signed-in
// user, so the seeded demo form is left alone), optionally published, and its editor opened and
// ready — its title heading and its canvas shown (state, never time).
//
//   const { id, slug } = await openNewFormInBuilder(page, { name: "Builder journey", definition });
import type { Page } from "@playwright/test";
import { expect, signInAs, type DemoUser } from "./fixtures";
import { trpcCall } from "./trpc";

/** A form made for one test: its id, its slug (the hosted page is /f/<slug>) and its full name. */
export interface TBuilderForm {
  id: string;
  slug: string;
  name: string;
}

export interface TNewBuilderForm {
  /** The form's name; a timestamp is added so every run makes a form of its own. */
  name: string;
  /** Its draft definition; without one the server's Blank form (Work email, Full name, Company). */
  definition?: unknown;
  /** Publish the new form (version 1) before the editor opens. */
  publish?: boolean;
}

export interface TOpenBuilderOptions {
  /** The window size, set before signing in. */
  viewport?: { width: number; height: number };
  /** Who signs in, creates the form and opens its editor (the marketer unless said). */
  as?: DemoUser;
  /** How long opening the editor may take (ms), for the page load and for the canvas to appear. */
  timeout?: number;
}

/** How long creating a form may take: the first write of a run can be slow on a busy machine. */
const CREATE_TIMEOUT_MS = 60_000;

/** Creates a form through tRPC as the signed-in user of `page`, published too when asked. */
export async function createBuilderForm(page: Page, form: TNewBuilderForm): Promise<TBuilderForm> {
  const name = `${form.name} ${Date.now()}`;
  const input = form.definition === undefined ? { name } : { name, definition: form.definition };
  const { id, slug } = await trpcCall<{ id: string; slug: string }>(page, "forms.create", input, "mutation", { timeout: CREATE_TIMEOUT_MS });
  if (form.publish) await trpcCall(page, "forms.publish", { formId: id }, "mutation", { timeout: CREATE_TIMEOUT_MS });
  return { id, slug, name };
}

/** Opens the editor of `form` and waits until it is shown: its heading ("Edit …" or "View …") and its canvas. */
export async function openBuilder(page: Page, form: TBuilderForm, timeout?: number): Promise<void> {
  await page.goto(`/forms/${form.id}/edit`, { timeout });
  await expect(page.getByRole("heading", { level: 1, name: form.name })).toBeVisible({ timeout });
  await expect(page.getByTestId("canvas")).toBeVisible({ timeout });
}

/** Signs in (the marketer unless said), creates a new form and opens its editor, ready to use. */
export async function openNewFormInBuilder(page: Page, form: TNewBuilderForm, options: TOpenBuilderOptions = {}): Promise<TBuilderForm> {
  if (options.viewport) await page.setViewportSize(options.viewport);
  await signInAs(page, options.as ?? "marketer");
  const created = await createBuilderForm(page, form);
  await openBuilder(page, created, options.timeout);
  return created;
}

/**
 * A three-step form whose "Seats" question shows only for the role VP (a show-if rule on an
 * option of "Your role"): the specs about rules, options and publish problems start from it.
 */
export function seatsForVpDefinition(title: string) {
  return {
    title,
    steps: [
      {
        id: "about",
        title: "About you",
        fields: [
          { key: "email", type: "email", label: "Work email", required: true },
          { key: "role", type: "single_choice", label: "Your role", options: [{ value: "vp", label: "VP" }, { value: "student", label: "Student" }] },
        ],
      },
      { id: "size", title: "Your team", fields: [{ key: "company_size", type: "company_size", label: "Company size" }] },
      { id: "needs", title: "Your needs", fields: [{ key: "seats", type: "number", label: "Seats" }, { key: "notes", type: "long_text", label: "Anything else?" }] },
    ],
    logic: [{ id: "show_seats", when: { kind: "rule", ref: "role", operator: "equals", value: "vp" }, action: { type: "show_field", fieldKey: "seats" } }],
    outcomes: [{ id: "thanks", type: "message", title: "Thank you!", body: "" }],
    defaultOutcomeId: "thanks",
  };
}

/**
 * A long form: `steps` steps titled "Step 1" … of `perStep` short-text questions each, labelled
 * "Question <step>.<n>" with keys q<step>_<n> (the first step also asks "Your role", whose option
 * VP a show-if rule of question 1.1 compares). For the specs about drag scrolling and what moves.
 */
export function longFormDefinition(title: string, steps = 3, perStep = 8) {
  const question = (s: number, n: number) => ({ key: `q${s}_${n}`, type: "short_text", label: `Question ${s}.${n}` });
  return {
    title,
    steps: Array.from({ length: steps }, (_, i) => ({
      id: `step_${i + 1}`,
      title: `Step ${i + 1}`,
      fields: [
        ...(i === 0 ? [{ key: "role", type: "single_choice", label: "Your role", options: [{ value: "vp", label: "VP" }, { value: "student", label: "Student" }, { value: "founder", label: "Founder" }] }] : []),
        ...Array.from({ length: perStep }, (_, n) => question(i + 1, n + 1)),
      ],
    })),
    logic: [{ id: "show_q1_1", when: { kind: "rule", ref: "role", operator: "equals", value: "vp" }, action: { type: "show_field", fieldKey: "q1_1" } }],
    outcomes: [{ id: "thanks", type: "message", title: "Thank you!", body: "" }],
    defaultOutcomeId: "thanks",
  };
}
