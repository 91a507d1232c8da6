// No Next.js imports here: the app worker's language middleware sets these before any handler runs.

/** The request's language and path (without `?lang=`), so Next's layout and page agree on one language. */
export const LANG_HEADER = "x-roomtrust-lang";
export const PATH_HEADER = "x-roomtrust-path";
