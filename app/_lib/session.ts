import { cookies } from "next/headers";
import { SESSION_COOKIE } from "./session-cookie";

/** The session cookie of a page request (server components). */
export async function sessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value;
}
