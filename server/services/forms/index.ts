// The forms service: list, read for the editor, create, save drafts, publish immutable versions, archive.
export { listForms, getFormForEditor, listVersions } from "./read-forms";
export type { TFormListItem, TFormForEditor, TFormVersionItem, TFormStatus } from "./read-forms";
export { createForm, updateDraft, archiveForm } from "./write-forms";
export { publishForm } from "./publish-form";
export type { TPublishInput, TPublishResult } from "./publish-form";
export { ZCreateFormInput, ZUpdateDraftInput } from "./form-inputs";
export type { TCreateFormInput, TUpdateDraftInput } from "./form-inputs";
export { slugify } from "./form-slug";
