import { isLang, type Lang } from "../../../workers/domain/lang";

export { formatDate } from "../../../workers/domain/format-date";
export { colon, frenchOf, intlLocales, isLang, languages, type Lang } from "../../../workers/domain/lang";

/**
 * The page language: `?lang=` wins (links and the language switcher use it), then the first
 * supported language in Accept-Language, then English.
 */
export function pickLang(queryLang: string | string[] | undefined | null, acceptLanguage: string | null): Lang {
  const q = Array.isArray(queryLang) ? queryLang[0] : queryLang;
  if (isLang(q)) return q;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const qParam = params.find((p) => p.trim().startsWith("q="));
      return { base: tag.toLowerCase().split("-")[0], q: qParam ? Number(qParam.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.find((entry) => isLang(entry.base))?.base as Lang | undefined ?? "en";
}

/** The language of a request, in route handlers and framework-free pages: `?lang=`, then Accept-Language. */
export function langOf(request: Request): Lang {
  return pickLang(new URL(request.url).searchParams.get("lang"), request.headers.get("accept-language"));
}
