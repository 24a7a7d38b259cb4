import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/api/root";
import { createContext } from "@/server/api/context";
import { RateLimitError } from "@/server/services/rate-limit/rate-limit-error";

export const dynamic = "force-dynamic";

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createContext({ headers: req.headers }),
    // A refused rate limit (429) says when to try again.
    responseMeta({ errors }) {
      const limited = errors.map((e) => e.cause).find((cause) => cause instanceof RateLimitError);
      return limited ? { headers: new Headers({ "retry-after": String(limited.retryAfterS) }) } : {};
    },
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });
}

export { handler as GET, handler as POST };
