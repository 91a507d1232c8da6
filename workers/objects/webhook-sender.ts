import { DurableObject } from "cloudflare:workers";
import { createContext, type CoreContext } from "../core/context";
import { sendWebhookDeliveries } from "../use-cases/send-webhook-deliveries";
import { DueWorkSchedule } from "./due-work";

type SenderKind = "send";

/** The Durable Object that sends one webhook endpoint's deliveries; its name is the endpoint id. */
export function webhookSender(env: CoreEnv, endpointId: string) {
  return env.WEBHOOK_SENDER.get(env.WEBHOOK_SENDER.idFromName(endpointId));
}

/**
 * One per endpoint (docs/decisions/015): its deliveries go out one at a time, in order, and its
 * run of failures is counted in one place. What is owed and when it is next tried live in D1
 * (webhook_deliveries, shown on the admin page); this object only keeps the one due-work row,
 * `send`, at the earliest of those times, and its alarm.
 */
export class WebhookSender extends DurableObject<CoreEnv> {
  private readonly schedule: DueWorkSchedule<SenderKind>;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(ctx: DurableObjectState, env: CoreEnv) {
    super(ctx, env);
    this.schedule = new DueWorkSchedule(ctx.storage, (kind) => (kind === "send" ? kind : null));
  }

  /** Something is owed now (an event, an endpoint turned on again): send it as soon as possible. */
  wake(input: { endpointId: string }) {
    return this.serialised(async (ctx) => {
      this.ctx.storage.kv.put("endpoint_id", input.endpointId);
      this.schedule.schedule("send", ctx.clock.now(), "earlier");
    });
  }

  /** Sends what fell due now; for tests and the dev clock. */
  sendDue() {
    return this.serialised((ctx) => this.runDue(ctx));
  }

  /** The due work this object holds, for tests and diagnostics. */
  due() {
    return this.schedule.due();
  }

  override async alarm(): Promise<void> {
    this.schedule.alarmFired();
    await this.serialised((ctx) => this.runDue(ctx));
  }

  private runDue(ctx: CoreContext) {
    return this.schedule.runDue(
      () => ctx.clock.now(),
      async () => {
        const endpointId = this.ctx.storage.kv.get<string>("endpoint_id");
        if (!endpointId) return;
        const { nextAt } = await sendWebhookDeliveries(ctx, endpointId);
        // Strictly later than this run's row, so the scheduler keeps it instead of deleting it as done.
        if (nextAt !== null) this.schedule.schedule("send", Math.max(nextAt, ctx.clock.now() + 1), "replace");
      },
      "webhook sender",
    );
  }

  /** One run at a time: an alarm and a wake-up never send the same delivery twice. */
  private serialised<T>(work: (ctx: CoreContext) => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      const ctx = await createContext(this.env);
      try {
        return await work(ctx);
      } finally {
        await this.schedule.rearm(ctx.clock);
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}
