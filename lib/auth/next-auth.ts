import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { appRedirect } from "@/lib/http/app-redirect";
import { clientAddress } from "@/lib/http/client-address";
import { authSecret } from "./secret";
import { endSessions, sessionVersionOf, validSessionUser } from "./sessions";
import { authenticate } from "./sign-in";

/** Auth.js (next-auth v5): e-mail and password, JWT sessions carrying the user id and the account's session version. */

class RateLimited extends CredentialsSignin {
  override code = "rate_limited";
}

const credentials = z.object({ email: z.string().trim().min(3).max(200), password: z.string().min(1).max(200) });

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 7 * 24 * 3600 },
  pages: { signIn: "/signin" },
  events: {
    // Signing out ends the session on the server too: the account's every session (README, Accounts).
    async signOut(message) {
      const uid = "token" in message ? message.token?.uid : undefined;
      if (typeof uid === "string") await endSessions(await db(), uid);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(input, request) {
        const parsed = credentials.safeParse(input);
        if (!parsed.success) return null;
        try {
          const user = await authenticate(await db(), { ...parsed.data, ip: clientAddress(request?.headers) });
          return { id: user.id, email: user.email, name: user.name };
        } catch (error) {
          if (isAppError(error) && error.code === "rate_limited") throw new RateLimited();
          if (isAppError(error) && error.code === "unauthenticated") return null;
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    // Redirects go to APP_URL, never to the host the request names (HOST=0.0.0.0 became the Location).
    redirect: ({ url, baseUrl }) => appRedirect(url, baseUrl, appUrl()),
    // The token carries the account's session version from sign-in; on every later read a version
    // that is no longer current (reset, sign-out, role removed) ends the session (null clears it).
    async jwt({ token, user }) {
      const database = await db();
      if (user?.id) {
        const version = await sessionVersionOf(database, user.id);
        if (version === null) return null;
        token.uid = user.id;
        token.sv = version;
        return token;
      }
      return (await validSessionUser(database, token)) ? token : null;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
}));
