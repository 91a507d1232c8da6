import { DurableObject } from "cloudflare:workers";

/** One per notice: keeps the notice's clock (publish, objection window, effective date). */
export class NoticeClock extends DurableObject<CoreEnv> {}
