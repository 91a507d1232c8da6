import { readLimited as readBody } from "@/workers/http/read-limited";
import { CoreError } from "./core-result";
import { translator } from "@/i18n/translate";
import type { Lang } from "./i18n/lang";

/**
 * The bytes a form whose text fields hold `characters` in all may take on the wire, at the worst:
 * a character of the Basic Multilingual Plane is up to 3 bytes of UTF-8, each sent percent-encoded
 * ("%E4%BD%A0"), so 9 bytes for one character as `maxlength` counts them (one outside that plane is
 * two of them, 12 bytes). The rest is room for field names and hidden values. A limit below this
 * refuses text the form itself allowed, and the person loses what they typed.
 */
export function formBytesFor(characters: number): number {
  return characters * 9 + 4 * 1024;
}

/** Public forms are small; the longest is the objection form (grounds 5,000, organisation 200, email 254). */
const MAX_FORM_BYTES = formBytesFor(5_500);

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

/**
 * Reads a posted web form's text fields, refusing other content types (415) and bodies over
 * the limit (413) — counted as the bytes arrive, so a missing or false Content-Length changes nothing.
 */
export async function readForm(request: Request, lang: Lang, maxBytes = MAX_FORM_BYTES): Promise<Map<string, string>> {
  return (await readFormParts(request, lang, maxBytes)).fields;
}

/** The same, with the files of a multipart form (within the same byte limit), by field name. */
export async function readFormParts(request: Request, lang: Lang, maxBytes = MAX_FORM_BYTES): Promise<{ fields: Map<string, string>; files: Map<string, File> }> {
  const contentType = request.headers.get("content-type") ?? "";
  const mediaType = contentType.split(";")[0]!.trim().toLowerCase();
  if (!FORM_TYPES.includes(mediaType)) {
    throw new CoreError("unsupported_media_type", 415, [], translator(lang, "errors")("unsupported_media_type"));
  }
  const bytes = await readLimited(request, lang, maxBytes);
  const parsed = await new Response(bytes, { headers: { "content-type": contentType } }).formData().catch(() => {
    throw new CoreError("validation_failed", 400, [], translator(lang, "errors")("validation_failed"));
  });
  const fields = new Map<string, string>();
  const files = new Map<string, File>();
  for (const [name, value] of parsed) {
    if (typeof value === "string") {
      if (!fields.has(name)) fields.set(name, value);
    } else if (!files.has(name)) files.set(name, value);
  }
  return { fields, files };
}

/** The body, at most `maxBytes` of it; anything longer is refused (413) before it is all read. */
export async function readLimited(request: Request, lang: Lang, maxBytes = MAX_FORM_BYTES): Promise<Uint8Array<ArrayBuffer>> {
  const body = await readBody(request, maxBytes);
  if (body === null) throw new CoreError("body_too_large", 413, [], translator(lang, "errors")("body_too_large"));
  return body;
}
