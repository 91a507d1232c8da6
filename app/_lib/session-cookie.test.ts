import { describe, expect, it } from "vitest";
import { SESSION_COOKIE, sessionCookieHeader, sessionTokenOf } from "./session-cookie";

const withCookie = (cookie: string) => new Request("http://localhost/admin", { headers: { cookie } });
const TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhIn0.c2lnbmF0dXJl";

describe("sessionTokenOf", () => {
  it("reads the token the app set, among other cookies", () => {
    const set = sessionCookieHeader(new Request("http://localhost/"), TOKEN, 60).split(";")[0]!;
    expect(sessionTokenOf(withCookie(`theme=dark; ${set}; other=1`))).toBe(TOKEN);
  });

  it("is undefined without the cookie", () => {
    expect(sessionTokenOf(new Request("http://localhost/"))).toBeUndefined();
    expect(sessionTokenOf(withCookie("theme=dark"))).toBeUndefined();
  });

  // Each of these once reached the core as a token (a 400 nobody could act on) or threw while
  // decoding (a 500), on public pages and on sign-out too.
  it.each([
    ["a broken percent-escape", "%ff"],
    ["an empty value", ""],
    ["text that is not a token", "hello world"],
    ["a token with a part missing", "abc.def"],
    ["a token longer than any we issue", `${"a".repeat(2100)}.${"b".repeat(2100)}.c`],
  ])("treats %s as no session", (_what, value) => {
    expect(sessionTokenOf(withCookie(`${SESSION_COOKIE}=${value}`))).toBeUndefined();
  });
});
