// The body of `POST /api/v1/routing/test` checked against the workspace, every problem of one
// request in one 422: the body's shape (ZRoutingTestRequest), the draft config (validated exactly
// as PUT /api/v1/routing validates a document's config: same paths "config.…"), the form named by
// `lead.form`, and the sample answers the intake would refuse (testLeadAnswerIssues: not one of
// the options, not a number … at "lead.answers.<key>"). A draft whose schema is refused is not
// checked against the workspace (ids, refs, members) until its schema is right; its schema
// problems are all reported, with the request's other problems. The lead is read as the intake
// reads it (readRoutingTestRequest: blank text "not given", with a warning at lead.<path>; a blank
// `at` is now, with a warning at `at`); the workspace checks look at what was read (a blank
// lead.form is no form). With a form, the sample answers are read as the intake reads an API key's
// (numbers-as-text.ts: 123 for a text question, "VP" for the option "vp"), for the check and the
// dry run alike: what the intake takes is tested as the intake stores it.
import type { DbTx } from "../../db/client";
import { ZFormDefinition } from "../../domain/forms/definition";
import { matchRe2Pattern } from "../../domain/forms/re2-pattern";
import type { TFormDefinition } from "../../domain/forms/definition";
import { withNumbersAsText } from "../../domain/leads/numbers-as-text";
import { testLeadAnswerIssues } from "../../domain/leads/test-lead-answers";
import type { TRoutingConfig } from "../../domain/routing/routing-config";
import { readRoutingTestRequest, type ZRoutingTestRequest } from "../../domain/routing/routing-test-request";
import { requestIssues, type TRequestIssue } from "../../domain/validation/request-issues";
import { AppError, validationError } from "../../errors";
import { validateDraftConfig } from "./routing-document";

export type TRoutingTestRequest = ReturnType<typeof ZRoutingTestRequest.parse>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The request, its draft config (undefined = test the published one) and the warnings of what was blank (at, lead.<path>: not given); VALIDATION with every problem's path otherwise. */
export async function validateRoutingTestRequest(
  db: DbTx,
  workspaceId: string,
  sent: unknown,
): Promise<{ request: TRoutingTestRequest; config: TRoutingConfig | undefined; warnings: TRequestIssue[] }> {
  const { body, warnings, parsed } = readRoutingTestRequest(sent);
  const shape: TRequestIssue[] = parsed.success ? [] : requestIssues(parsed.error.issues);
  const configProblems: TRequestIssue[] = [];
  let configMessage = "";
  let config: TRoutingConfig | undefined;
  const rawConfig = isObject(body) ? body.config : undefined;
  if (rawConfig !== undefined) {
    try {
      config = await validateDraftConfig(db, workspaceId, rawConfig);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "VALIDATION") throw error;
      configProblems.push(...error.details);
      configMessage = error.message;
    }
  }
  const lead = isObject(body) && isObject(body.lead) ? body.lead : null;
  const leadProblems: TRequestIssue[] = [];
  let definition: TFormDefinition | null = null;
  if (lead && typeof lead.form === "string" && !shape.some((i) => i.path === "lead.form")) {
    const form = await db.form.findFirst({ where: { slug: lead.form, workspaceId, currentVersionId: { not: null } }, select: { currentVersion: { select: { definition: true } } } });
    if (!form?.currentVersion) leadProblems.push({ path: "lead.form", message: "No published form with this slug in the workspace" });
    else if (isObject(lead.answers) && !shape.some((i) => i.path.startsWith("lead.answers"))) {
      definition = ZFormDefinition.parse(form.currentVersion.definition);
      leadProblems.push(...testLeadAnswerIssues(definition, lead.answers, matchRe2Pattern));
    }
  }
  const problems = [...shape, ...configProblems, ...leadProblems];
  if (problems.length > 0) {
    // Only the draft at fault: the same answer as PUT /api/v1/routing gives for it.
    const message = problems.length === configProblems.length ? configMessage : shape.length > 0 ? "The request body is not valid" : "The test lead is not valid: the intake would refuse it";
    throw validationError(problems, message);
  }
  const request = parsed.data as TRoutingTestRequest;
  if (definition) request.lead.answers = withNumbersAsText(definition, request.lead.answers).answers;
  return { request, config, warnings };
}
