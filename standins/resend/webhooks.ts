import { randomBytes, randomUUID } from "node:crypto";
import type { EmailBouncedEvent, EmailComplainedEvent, EmailDeliveredEvent, EmailDeliveryDelayedEvent } from "resend";
import { Webhook } from "standardwebhooks";
import type { StandinMessage } from "./mailbox";

type DeliveryEvent = EmailDeliveredEvent | EmailBouncedEvent | EmailComplainedEvent | EmailDeliveryDelayedEvent;
export type DeliveryEventType = DeliveryEvent["type"];

export interface WebhookTarget {
  /** Where the events go: the app's /api/webhooks/resend. */
  url: string;
  secret: string;
}

/** One webhook the stand-in sent, for tests: what it was and the status each attempt got. */
export interface SentWebhook {
  webhookId: string;
  type: DeliveryEventType;
  emailId: string;
  statuses: (number | "network_error")[];
}

/**
 * Resend's test addresses (delivered@, bounced@, complained@resend.dev, with an optional +label)
 * get their events on their own, as Resend sends them; any other message only when a test asks
 * (POST /__standin/webhook-event), so ordinary runs are not flooded with webhooks.
 */
const TEST_ADDRESS = /^(delivered|bounced|complained)(\+[^@]*)?@resend\.dev$/i;

/**
 * Sends Resend's delivery webhooks the way Resend does, through Svix: a JSON event signed per
 * Standard Webhooks (svix-id, svix-timestamp, svix-signature), retried with growing delays until
 * the endpoint answers 2xx, the same svix-id on every retry.
 */
export class WebhookSender {
  readonly sent: SentWebhook[] = [];
  private readonly signer: Webhook;

  constructor(
    private readonly target: WebhookTarget,
    private readonly retryDelaysMs: number[] = [500, 2_000, 5_000, 15_000],
  ) {
    this.signer = new Webhook(target.secret);
  }

  /** After a message was accepted: the events a test address gets. */
  afterAccepted(messages: StandinMessage[]): void {
    for (const message of messages) {
      const outcome = message.to.map((to) => TEST_ADDRESS.exec(to)?.[1]?.toLowerCase()).find(Boolean);
      if (outcome === "delivered") void this.send(message, "email.delivered");
      if (outcome === "bounced") void this.send(message, "email.bounced");
      if (outcome === "complained") void this.send(message, "email.delivered").then(() => this.send(message, "email.complained"));
    }
  }

  /** Sends one event about one message; resolves once the endpoint took it or the retries ran out. */
  async send(message: StandinMessage, type: DeliveryEventType): Promise<SentWebhook> {
    const record: SentWebhook = { webhookId: `msg_${randomBytes(12).toString("hex")}`, type, emailId: message.id, statuses: [] };
    this.sent.push(record);
    const body = JSON.stringify(eventAbout(message, type));
    for (let attempt = 0; ; attempt++) {
      const status = await this.post(record.webhookId, body);
      record.statuses.push(status);
      if (typeof status === "number" && status >= 200 && status < 300) return record;
      const delay = this.retryDelaysMs[attempt];
      if (delay === undefined) return record;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  private async post(webhookId: string, body: string): Promise<number | "network_error"> {
    const now = new Date();
    const headers = {
      "content-type": "application/json",
      "svix-id": webhookId,
      "svix-timestamp": String(Math.floor(now.getTime() / 1000)),
      "svix-signature": this.signer.sign(webhookId, now, body),
    };
    try {
      const answer = await fetch(this.target.url, { method: "POST", headers, body });
      await answer.arrayBuffer();
      return answer.status;
    } catch {
      return "network_error";
    }
  }
}

/** The event's body, in the shape Resend documents (the SDK's own types). */
function eventAbout(message: StandinMessage, type: DeliveryEventType): DeliveryEvent {
  const data = {
    email_id: message.id,
    message_id: `<${randomUUID()}@email.amazonses.com>`,
    created_at: message.sentAt,
    from: message.from,
    to: message.to,
    subject: message.subject,
  };
  const created_at = new Date().toISOString();
  if (type === "email.bounced") {
    const bounce = { type: "Permanent", subType: "General", message: "The recipient's email provider rejected the message: the address does not exist." };
    return { type, created_at, data: { ...data, bounce } };
  }
  return { type, created_at, data };
}

/**
 * Resend's webhooks API, as far as local runs use it: POST /webhooks (`{ endpoint, events }` in,
 * `{ object: "webhook", id, signing_secret }` out) and DELETE /webhooks/{id}. A team may have
 * several endpoints, each sent every event (a second local run sharing this stand-in registers its
 * own and removes it when it stops); registering an endpoint again replaces it, with a new secret.
 */
export class WebhookEndpoints {
  private readonly byId = new Map<string, { endpoint: string; sender: WebhookSender }>();

  senders(): WebhookSender[] {
    return [...this.byId.values()].map((w) => w.sender);
  }

  create(body: string): { status: number; body: unknown } {
    let input: unknown;
    try {
      input = JSON.parse(body);
    } catch {
      return { status: 422, body: { statusCode: 422, name: "validation_error", message: "The request body is not valid JSON." } };
    }
    const { endpoint, events } = (input ?? {}) as { endpoint?: unknown; events?: unknown };
    if (typeof endpoint !== "string" || !URL.canParse(endpoint)) return missing("endpoint");
    if (!Array.isArray(events) || events.length === 0 || !events.every((e) => typeof e === "string")) return missing("events");
    for (const [id, known] of this.byId) if (known.endpoint === endpoint) this.byId.delete(id);
    const id = randomUUID();
    const secret = `whsec_${randomBytes(24).toString("base64")}`;
    this.byId.set(id, { endpoint, sender: new WebhookSender({ url: endpoint, secret }) });
    return { status: 200, body: { object: "webhook", id, signing_secret: secret } };
  }

  remove(id: string): { status: number; body: unknown } {
    if (!this.byId.delete(id)) return { status: 404, body: { statusCode: 404, name: "not_found", message: "Webhook not found." } };
    return { status: 200, body: { object: "webhook", id, deleted: true } };
  }
}

function missing(field: string) {
  return { status: 422, body: { statusCode: 422, name: "missing_required_field", message: `Missing \`${field}\` field.` } };
}
