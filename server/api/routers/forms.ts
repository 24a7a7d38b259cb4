// Forms: reads for every member; create, edit the draft, publish and archive for form editors.
// One service call each; the service validates definitions and scopes every query to the workspace.
import { z } from "zod";
import { FORM_EDITOR_ROLES } from "../../domain/forms/form-roles";
import {
  archiveForm,
  createForm,
  getFormForEditor,
  listForms,
  listVersions,
  publishForm,
  updateDraft,
  ZCreateFormInput,
  ZUpdateDraftInput,
} from "../../services/forms";
import { roleProcedure, router, workspaceProcedure } from "../trpc";

const ZFormId = z.object({ formId: z.string().min(1).max(64) });
const editorProcedure = roleProcedure(FORM_EDITOR_ROLES);

export const formsRouter = router({
  list: workspaceProcedure.query(({ ctx }) => listForms(ctx.db, ctx.workspace.id)),
  get: workspaceProcedure.input(ZFormId).query(({ ctx, input }) => getFormForEditor(ctx.db, ctx.workspace.id, input.formId)),
  versions: workspaceProcedure.input(ZFormId).query(({ ctx, input }) => listVersions(ctx.db, ctx.workspace.id, input.formId)),
  create: editorProcedure.input(ZCreateFormInput).mutation(({ ctx, input }) => createForm(ctx.db, ctx.workspace.id, input)),
  updateDraft: editorProcedure
    .input(ZFormId.extend(ZUpdateDraftInput.shape))
    .mutation(({ ctx, input: { formId, ...draft } }) => updateDraft(ctx.db, ctx.workspace.id, formId, draft)),
  publish: editorProcedure
    .input(ZFormId)
    .mutation(({ ctx, input }) => publishForm(ctx.db, { workspaceId: ctx.workspace.id, formId: input.formId, userId: ctx.user.id })),
  archive: editorProcedure.input(ZFormId).mutation(({ ctx, input }) => archiveForm(ctx.db, ctx.workspace.id, input.formId)),
});
