import { headers } from "next/headers";
import { isLang, type Lang } from "./lang";

/** Set by middleware.ts on every request, so layout and page agree on one language. */
export const LANG_HEADER = "x-roomtrust-lang";
export const PATH_HEADER = "x-roomtrust-path";

/** The language of the current request, in server components. */
export async function requestLang(): Promise<Lang> {
  const value = (await headers()).get(LANG_HEADER);
  return isLang(value) ? value : "en";
}
