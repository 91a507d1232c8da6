import { headers } from "next/headers";
import { isLang, type Lang } from "./lang";
import { LANG_HEADER } from "./request-headers";

export { PATH_HEADER } from "./request-headers";

/** The language of the current request, in server components. */
export async function requestLang(): Promise<Lang> {
  const value = (await headers()).get(LANG_HEADER);
  return isLang(value) ? value : "en";
}
