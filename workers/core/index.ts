import { WorkerEntrypoint } from "cloudflare:workers";
import { AdminApi } from "./admin";
import { ContactsApi } from "./contacts";
import { DevApi } from "./dev";
import { DisplaysApi } from "./displays";
import { EmailEventsApi } from "./email-events";
import { EvidenceApi } from "./evidence";
import { FinderApi } from "./finder";
import { openLiveSocket } from "./live-socket";
import { NoticesApi } from "./notices";
import { ObjectionsApi } from "./objections";
import { PortalApi } from "./portal";
import { RoomsApi } from "./rooms";
import { WebhooksApi } from "./webhooks";
import { createContext } from "./context";
import { forgetExpiredRateLimits } from "../rate-limit";
import { retryStrandedEmails } from "../use-cases/retry-stranded-emails";
import { signHourlyCheckpoint } from "../use-cases/sign-hourly-checkpoint";
import { wakeWebhookSenders } from "../use-cases/wake-webhook-senders";
import { forgetExpiredWebhookSecrets } from "../use-cases/forget-expired-webhook-secrets";

export { NoticeClock } from "../objects/notice-clock";
export { RoomBoard } from "../objects/room-board";
export { WebhookSender } from "../objects/webhook-sender";

/**
 * The core worker's RPC surface, called by the app through the CORE service binding
 * (`env.CORE.portal().publicList()`). Composition only: each area lives in its own file and
 * declares its methods as procedures (procedure.ts: input schema, who may call, CSRF for changes,
 * one use case, a Result). Each area gets the call's context, so work after the answer runs on.
 */
export default class Core extends WorkerEntrypoint<CoreEnv> {
  /** Public list, feeds, subscriptions. */
  portal() { return new PortalApi(this.env, this.ctx); }
  /** Objection form: links, submissions (the deadline is decided in the notice's Durable Object). */
  objections() { return new ObjectionsApi(this.env, this.ctx); }
  /** Vendor admin: drafting, publishing, withdrawing notices and resolving objections. */
  notices() { return new NoticesApi(this.env, this.ctx); }
  /** Vendor admin: sign-in, sessions, overview, evidence log. */
  admin() { return new AdminApi(this.env, this.ctx); }
  /** Anyone: the evidence log's signed checkpoints, its public key and proofs. */
  evidence() { return new EvidenceApi(this.env, this.ctx); }
  /** Vendor admin: webhook endpoints for vendor-risk tools. */
  webhooks() { return new WebhooksApi(this.env, this.ctx); }
  /** Organisation admins: displays, pairing codes, room-finder link, utilisation. */
  rooms() { return new RoomsApi(this.env, this.ctx); }
  /** Organisation admins: the contacts every notice goes to. */
  contacts() { return new ContactsApi(this.env, this.ctx); }
  /** Tablets: pairing, configuration, heartbeats (device token). */
  displays() { return new DisplaysApi(this.env, this.ctx); }
  /** Room finder pages (link key or member session). */
  finder() { return new FinderApi(this.env, this.ctx); }
  /** The email provider's delivery webhooks (signed). */
  emailEvents() { return new EmailEventsApi(this.env, this.ctx); }
  /** Dev clock and demo data (dev tools only). */
  dev() { return new DevApi(this.env, this.ctx); }

  /**
   * Cron (every 5 minutes): sends sign-in links and confirmations a provider outage left pending,
   * forgets rate-limit counters whose window is over, signs the evidence log at least hourly
   * while entries are added, wakes webhook senders with deliveries overdue, and deletes rotated-out
   * webhook secrets whose day is over.
   */
  override async scheduled(controller: ScheduledController): Promise<void> {
    const ctx = await createContext(this.env);
    await forgetExpiredRateLimits(ctx);
    const report = await retryStrandedEmails(ctx);
    if (report.pending > 0) console.warn(`cron ${controller.cron}: ${report.pending} emails still pending`);
    await signHourlyCheckpoint(ctx);
    await wakeWebhookSenders(ctx);
    await forgetExpiredWebhookSecrets(ctx);
  }

  /** Only WebSockets come over HTTP (they cannot cross RPC): room-finder live updates. */
  override async fetch(request: Request): Promise<Response> {
    return openLiveSocket(request, this.env);
  }
}
