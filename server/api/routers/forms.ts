// Forms: reads for every member; create, duplicate, rename, edit the draft, publish, restore a
// version, embed origins and archive for form editors (FORM_EDITOR_ROLES, checked here).
// One service call each; the service validates input and scopes every query to the workspace.
import { z } from "zod";
import { FORM_EDITOR_ROLES } from "../../domain/forms/form-roles";
import {
  archiveForm,
  createForm,
  duplicateForm,
  getFormForEditor,
  listForms,
  listVersions,
  publishForm,
  renameForm,
  restoreVersionAsDraft,
  setAllowedOrigins,
  updateDraft,
  ZAllowedOriginsInput,
  ZCreateFormInput,
  ZListFormsInput,
  ZRenameFormInput,
  ZRestoreVersionInput,
  ZUpdateDraftInput,
} from "../../services/forms";
import { roleProcedure, router, workspaceProcedure } from "../trpc";

const ZFormId = z.object({ formId: z.string().min(1).max(64) });
const editorProcedure = roleProcedure(FORM_EDITOR_ROLES);

export const formsRouter = router({
  list: workspaceProcedure.input(ZListFormsInput.optional()).query(({ ctx, input }) => listForms(ctx.db, ctx.workspace.id, input ?? {})),
  get: workspaceProcedure.input(ZFormId).query(({ ctx, input }) => getFormForEditor(ctx.db, ctx.workspace.id, input.formId)),
  versions: workspaceProcedure.input(ZFormId).query(({ ctx, input }) => listVersions(ctx.db, ctx.workspace.id, input.formId)),
  create: editorProcedure.input(ZCreateFormInput).mutation(({ ctx, input }) => createForm(ctx.db, ctx.workspace.id, input)),
  duplicate: editorProcedure.input(ZFormId).mutation(({ ctx, input }) => duplicateForm(ctx.db, ctx.workspace.id, input.formId)),
  rename: editorProcedure
    .input(ZFormId.extend(ZRenameFormInput.shape))
    .mutation(({ ctx, input: { formId, ...rest } }) => renameForm(ctx.db, ctx.workspace.id, formId, rest)),
  updateDraft: editorProcedure
    .input(ZFormId.extend(ZUpdateDraftInput.shape))
    .mutation(({ ctx, input: { formId, ...draft } }) => updateDraft(ctx.db, ctx.workspace.id, formId, draft)),
  publish: editorProcedure
    .input(ZFormId)
    .mutation(({ ctx, input }) => publishForm(ctx.db, { workspaceId: ctx.workspace.id, formId: input.formId, userId: ctx.user.id })),
  restoreVersion: editorProcedure
    .input(ZFormId.extend(ZRestoreVersionInput.shape))
    .mutation(({ ctx, input }) => restoreVersionAsDraft(ctx.db, { workspaceId: ctx.workspace.id, formId: input.formId, version: input.version })),
  setAllowedOrigins: editorProcedure
    .input(ZFormId.extend(ZAllowedOriginsInput.shape))
    .mutation(({ ctx, input: { formId, origins } }) => setAllowedOrigins(ctx.db, ctx.workspace.id, formId, { origins })),
  archive: editorProcedure.input(ZFormId).mutation(({ ctx, input }) => archiveForm(ctx.db, ctx.workspace.id, input.formId)),
});
