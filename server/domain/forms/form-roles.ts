// Who may build and publish forms. Pure: the tRPC guards use it and the UI hides the editing
// controls from other roles (the server always checks again).
import type { TRole } from "../auth/roles";

/** Create forms, edit drafts, publish and archive. */
export const FORM_EDITOR_ROLES: readonly TRole[] = ["OWNER", "ADMIN", "MARKETER"];
