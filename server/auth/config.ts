// Auth.js: email magic link (sent through our mail module) and email + password. Sessions live
// in the database (Session table) for both: a password sign-in creates a database session in
// the jwt callback and the session cookie carries that session token, not a JWT.
import crypto from "node:crypto";
import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Resend from "next-auth/providers/resend";
import { encode as encodeJwt } from "next-auth/jwt";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { z } from "zod";
import { env } from "../env";
import { getDb, type Db } from "../db/client";
import { sendEmail } from "../mail/send-email";
import { verifyPassword } from "./passwords";

const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;
const ZCredentials = z.object({ email: z.email().transform((e) => e.toLowerCase()), password: z.string().min(1).max(200) });

async function buildConfig(db: Db): Promise<NextAuthConfig> {
  const adapter = PrismaAdapter(db as never);
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
          await sendEmail(db, { to: identifier, template: { name: "magic-link", props: { url, host: new URL(url).host } } });
        },
      }),
      Credentials({
        id: "password",
        name: "Email and password",
        credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
        async authorize(raw) {
          const parsed = ZCredentials.safeParse(raw);
          if (!parsed.success) return null;
          const user = await db.user.findUnique({ where: { email: parsed.data.email } });
          if (!user?.passwordHash || !(await verifyPassword(parsed.data.password, user.passwordHash))) return null;
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
    ],
    callbacks: {
      async signIn({ user, account, email }) {
        // Magic links only for existing accounts: people join through an invite.
        if (account?.provider === "email" && email?.verificationRequest) {
          return Boolean(user.email && (await db.user.findUnique({ where: { email: user.email.toLowerCase() } })));
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
