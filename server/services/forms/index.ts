// The forms service: list, read for the editor, create (blank or from a template), duplicate,
// rename, save drafts (with conflict detection), publish immutable versions, restore a version as
// the draft, embed origins, archive.
export { listForms, getFormForEditor, listVersions } from "./read-forms";
export type { TFormListItem, TFormForEditor, TFormVersionItem, TFormStatus } from "./read-forms";
export { createForm, updateDraft, renameForm, DRAFT_CONFLICT_MESSAGE } from "./write-forms";
export { archiveForm, ARCHIVE_REFUSED_MESSAGE } from "./archive-form";
export { duplicateForm } from "./duplicate-form";
export { restoreVersionAsDraft } from "./restore-version";
export type { TRestoreVersionInput } from "./restore-version";
export { setAllowedOrigins } from "./allowed-origins";
export { publishForm } from "./publish-form";
export { listPublishedFieldKeys } from "./published-keys";
export type { TPublishInput, TPublishResult } from "./publish-form";
export { ZCreateFormInput, ZUpdateDraftInput, ZListFormsInput, ZRenameFormInput, ZRestoreVersionInput, ZAllowedOriginsInput } from "./form-inputs";
export type { TCreateFormInput, TUpdateDraftInput, TListFormsInput } from "./form-inputs";
export { slugify } from "./form-slug";
