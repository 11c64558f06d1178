import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { authSecret } from "./secret";
import { authenticate } from "./sign-in";

/** Auth.js (next-auth v5): e-mail and password, JWT sessions carrying only the user id. */

class RateLimited extends CredentialsSignin {
  override code = "rate_limited";
}

const credentials = z.object({ email: z.string().trim().min(3).max(200), password: z.string().min(1).max(200) });

/** The caller's address, as the proxy in front reports it. */
export function clientAddress(headers: Pick<Headers, "get"> | undefined): string {
  const forwarded = headers?.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers?.get("x-real-ip") || "local";
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 7 * 24 * 3600 },
  pages: { signIn: "/signin" },
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
    jwt({ token, user }) {
      if (user?.id) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
}));
