import { encode } from "next-auth/jwt";
import { authSecret } from "@/lib/auth/secret";

/** A session cookie as Auth.js would set it after signing in (JWT strategy, uid claim). */
export async function sessionCookie(user: { id: string; email: string }): Promise<string> {
  const name = "authjs.session-token";
  const jwt = await encode({ token: { sub: user.id, uid: user.id, email: user.email }, secret: authSecret(), salt: name, maxAge: 3600 });
  return `${name}=${jwt}`;
}
