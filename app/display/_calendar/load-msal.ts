import { CalendarError } from "./types";

type Msal = typeof import("@azure/msal-browser");

/**
 * MSAL, loaded the first time a Microsoft 365 tablet needs a token. A module that failed to load
 * stays failed for the page's life (the browser keeps the failure in its module map), so a tablet
 * that started offline, or lost the network before its first read, would never read its calendar
 * again until someone reloaded it. A failed load is therefore tried again at the next call, under
 * another address, and meanwhile it is the network's fault ("can't reach"), not Microsoft's.
 */
export function msalLoader(importAttempt: (attempt: number) => Promise<Msal>): () => Promise<Msal> {
  let loading: Promise<Msal> | null = null;
  let attempts = 0;
  return () => {
    loading ??= importAttempt(attempts++).catch((error: unknown) => {
      loading = null;
      throw new CalendarError(0, `Microsoft sign-in could not be loaded (${error instanceof Error ? error.message : String(error)})`, { reason: "unreachable" });
    });
    return loading;
  };
}

/**
 * The bundle maps "@azure/msal-browser" to /js/msal.js (scripts/build-client.mjs); a retry asks for
 * the same file beside this script with a query the failed address did not have.
 */
export const loadMsal = msalLoader((attempt) =>
  attempt === 0 ? import("@azure/msal-browser") : (import(new URL(`./msal.js?attempt=${attempt}`, import.meta.url).href) as Promise<Msal>),
);
