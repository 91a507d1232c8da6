import type { Lang } from "@/app/_lib/i18n/lang";
import type { ErrorCode } from "../errors";
import type { AppConfig } from "./app-config";

/**
 * What every handler of the app worker's router sees: the bindings, and what the middleware
 * chain worked out for this request (workers/app/entry.ts says in which order).
 */
export interface AppBindings {
  Bindings: AppEnv;
  Variables: {
    config: AppConfig;
    /** The request's language: `?lang=`, then Accept-Language. */
    lang: Lang;
    /** This response's CSP script nonce, and the policy that names it. */
    nonce: string;
    policy: string;
    /** How the one error exit answers here: an HTML page (the default) or an RFC 9457 problem document. */
    errorAnswer: "page" | "problem";
    /** Where an error page links back to (the list, unless a route says otherwise). */
    backHref: string;
    /** Codes that send the visitor to the sign-in page instead of an error page (admin routes). */
    signInOn: ReadonlySet<ErrorCode>;
  };
}
