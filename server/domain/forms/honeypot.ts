// The honeypot input's name: invisible to people, filled by naive bots. Its own file (no zod) so
// the hosted page can render it without shipping the submission schema.
export const HONEYPOT_FIELD = "company_website_hp";
