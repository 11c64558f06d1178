import { encode } from "next-auth/jwt";
import { authSecret } from "@/lib/auth/secret";

/** A session cookie as Auth.js would set it after signing in (JWT strategy, uid and session-version claims). */
export async function sessionCookie(user: { id: string; email: string }, sessionVersion = 0): Promise<string> {
  const name = "authjs.session-token";
  const jwt = await encode({ token: { sub: user.id, uid: user.id, sv: sessionVersion, email: user.email }, secret: authSecret(), salt: name, maxAge: 3600 });
  return `${name}=${jwt}`;
}
