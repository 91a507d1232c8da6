import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";

/** One message the stand-in accepted: what its outbox shows and the tests read. */
export interface StandinMessage {
  id: string;
  to: string[];
  from: string;
  subject: string;
  text: string | undefined;
  html: string | undefined;
  headers: Record<string, string>;
  idempotencyKey: string | null;
  sentAt: string;
}

/** A message as /dev/outbox.json lists it: no Idempotency-Key, and JSON's null for a missing part. */
export type ListedMessage = Omit<StandinMessage, "idempotencyKey" | "html" | "text"> & { html: string | null; text: string | null };

/** One accepted call: its messages, and what Resend remembers about its Idempotency-Key. */
interface AcceptedBatch {
  idempotencyKey: string | null;
  fingerprint: string;
  messages: StandinMessage[];
}

/**
 * Every message the stand-in accepted, in order, and the first answer to each Idempotency-Key.
 * With a file, each accepted batch is appended to it as one JSON line and read back on start, so
 * `npm start` keeps its outbox across restarts, and an app restarted mid fan-out is answered from
 * the record as Resend would answer it (its keys last 24 hours, longer than any local run).
 */
export class Mailbox {
  readonly messages: StandinMessage[] = [];
  /** Told of each newly accepted batch (the webhook sender). */
  onAccepted: ((messages: StandinMessage[]) => void) | undefined;
  private readonly byKey = new Map<string, AcceptedBatch>();

  constructor(private readonly file?: string) {
    if (!file || !existsSync(file)) return;
    for (const line of readFileSync(file, "utf8").split("\n")) if (line.trim()) this.remember(JSON.parse(line) as AcceptedBatch);
  }

  /** The batch first accepted under this key, if any. */
  forKey(idempotencyKey: string): AcceptedBatch | undefined {
    return this.byKey.get(idempotencyKey);
  }

  accept(batch: AcceptedBatch): void {
    this.remember(batch);
    if (this.file) appendFileSync(this.file, `${JSON.stringify(batch)}\n`);
    this.onAccepted?.(batch.messages);
  }

  find(id: string): StandinMessage | undefined {
    return this.messages.find((message) => message.id === id);
  }

  clear(): void {
    this.messages.length = 0;
    this.byKey.clear();
    if (this.file) writeFileSync(this.file, "");
  }

  private remember(batch: AcceptedBatch): void {
    this.messages.push(...batch.messages);
    if (batch.idempotencyKey) this.byKey.set(batch.idempotencyKey, batch);
  }
}
