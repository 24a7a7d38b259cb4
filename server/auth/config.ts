// Auth.js: email magic link (sent through our mail module) and email + password. Sessions live
// in the database (Session table) for both: a password sign-in creates a database session in
// the jwt callback and the session cookie carries that session token, not a JWT.
//
// URLs: Auth.js builds its URLs from AUTH_URL, which pinAuthJsUrl() sets to APP_URL unless
// AUTH_TRUST_HOST is on, so a forged Host / X-Forwarded-Host never reaches a link; the magic link
// is moved onto APP_URL in any case (linkOnAppUrl). `trustHost: true` only stops Auth.js from
// refusing every request: with AUTH_URL set it does not read the host at all.
// Unknown emails get the same answers as known ones (no AccessDenied, one bcrypt compare).
import crypto from "node:crypto";
import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Resend from "next-auth/providers/resend";
import { encode as encodeJwt } from "next-auth/jwt";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { env, pinAuthJsUrl } from "../env";
import { getDb, type Db } from "../db/client";
import { sendEmail } from "../mail/send-email";
import { getJobQueue } from "../workers/app-queue";
import { authorizePassword } from "./authorize-password";
import { linkOnAppUrl } from "./email-link";

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
