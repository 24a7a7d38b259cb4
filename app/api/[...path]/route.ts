// Any /api/… path no other route takes: 404 with the API's JSON error (server/http/no-such-endpoint.ts).
// Next.js prefers every more specific route (v1 routes, auth, tRPC, health), so this only answers
// what would otherwise be the app's HTML "not found" page.
import { answerNoSuchEndpoint } from "@/server/http/no-such-endpoint";

export const dynamic = "force-dynamic";

export const GET = answerNoSuchEndpoint;
export const HEAD = answerNoSuchEndpoint;
export const POST = answerNoSuchEndpoint;
export const PUT = answerNoSuchEndpoint;
export const PATCH = answerNoSuchEndpoint;
export const DELETE = answerNoSuchEndpoint;
export const OPTIONS = answerNoSuchEndpoint;
