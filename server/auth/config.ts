// Auth.js: email magic link (sent through our mail module) and email + password. Sessions live
// in the database (Session table) for both: a password sign-in creates a database session in
// the jwt callback and the session cookie carries that session token, not a JWT.
//
// URLs: Auth.js builds its URLs from AUTH_URL, which pinAuthJsUrl() sets to APP_URL unless
// AUTH_TRUST_HOST is on, so a forged Host / X-Forwarded-Host never reaches a link; the magic link
// is moved onto APP_URL in any case (linkOnAppUrl). `trustHost: true` only stops Auth.js from
// refusing every request: with AUTH_URL set it does not read the host at all. The route
// /api/auth/* runs through authRoute below, not next-auth's handlers (loopback APP_URL).
// Unknown emails get the same answers as known ones (no AccessDenied, one bcrypt compare).
import crypto from "node:crypto";
import { Auth, setEnvDefaults } from "@auth/core";
import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Resend from "next-auth/providers/resend";
import { encode as encodeJwt } from "next-auth/jwt";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { NextRequest } from "next/server";
import { env, pinAuthJsUrl } from "../env";
import { getDb, type Db } from "../db/client";
import { sendEmail } from "../mail/send-email";
import { getJobQueue } from "../workers/app-queue";
import { authLogger } from "./auth-logger";
import { authorizePassword } from "./authorize-password";
import { linkOnAppUrl } from "./email-link";
import { requestOnOrigin } from "./request-on-origin";

const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;
/** Where Auth.js sends a browser after mailing a sign-in link (then on to /sign-in/check-email). */
export const VERIFY_REQUEST_PATH = "/api/auth/verify-request?provider=email&type=email";

async function buildConfig(db: Db): Promise<NextAuthConfig> {
  const adapter = PrismaAdapter(db as never);
  pinAuthJsUrl();
  return {
    adapter,
    secret: env().AUTH_SECRET,
    trustHost: true,
    logger: authLogger(),
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
    providers: [
      Resend({
        id: "email",
        name: "Email",
        from: env().MAIL_FROM,
        maxAge: 24 * 60 * 60,
        async sendVerificationRequest({ identifier, url }) {
          const link = linkOnAppUrl(url, env().APP_URL);
          await sendEmail(db, { to: identifier, template: { name: "magic-link", props: { url: link, host: new URL(link).host } } }, { queue: await getJobQueue() });
        },
      }),
      Credentials({
        id: "password",
        name: "Email and password",
        credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
        authorize: (raw) => authorizePassword(db, raw),
      }),
    ],
    callbacks: {
      async signIn({ user, account, email }) {
        // Magic links only for existing accounts (people join through an invite). An unknown
        // email gets the very redirect a known one gets, and no email: nothing tells them apart.
        if (account?.provider === "email" && email?.verificationRequest) {
          const known = Boolean(user.email && (await db.user.findUnique({ where: { email: user.email.toLowerCase() }, select: { id: true } })));
          return known || VERIFY_REQUEST_PATH;
        }
        return true;
      },
      async jwt({ token, user, account }) {
        if (account?.provider === "password" && user?.id) {
          const sessionToken = crypto.randomBytes(32).toString("hex");
          await db.session.create({
            data: { sessionToken, userId: user.id, expires: new Date(Date.now() + SESSION_MAX_AGE_S * 1000) },
          });
          token.sessionToken = sessionToken;
        }
        return token;
      },
      session({ session, user }) {
        if (user) session.user.id = user.id;
        return session;
      },
    },
    jwt: {
      // The cookie of a password sign-in is the database session token made in the jwt callback.
      async encode(params) {
        const sessionToken = params.token?.sessionToken;
        if (typeof sessionToken === "string") return sessionToken;
        return encodeJwt(params);
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(async () => buildConfig(await getDb()));

/**
 * Auth.js's route (/api/auth/*). next-auth's own handler rebuilds the request as a NextRequest, and
 * Next.js renames a loopback host (127.x.x.x, [::1]) to "localhost" there: with APP_URL
 * http://127.0.0.1:3000 every URL Auth.js answered (providers, redirects, sign-out) was on
 * http://localhost:3000, another origin whose cookies the browser does not send. So while AUTH_URL
 * is pinned to APP_URL, Auth.js runs on a plain Request on APP_URL's exact origin (its URLs come
 * from request.url alone, never from Host) with the config next-auth would give it; with
 * AUTH_TRUST_HOST, next-auth's handlers run as before.
 */
export async function authRoute(request: NextRequest): Promise<Response> {
  if (env().AUTH_TRUST_HOST) return request.method === "POST" ? handlers.POST(request) : handlers.GET(request);
  const config = await buildConfig(await getDb());
  config.basePath = "/api/auth"; // where app/api/auth/[...nextauth] lives (next-auth's default)
  setEnvDefaults({ AUTH_URL: env().APP_URL }, config, true); // what next-auth does with process.env
  return Auth(await requestOnOrigin(request, env().APP_URL), config);
}
