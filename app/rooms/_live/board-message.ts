import * as z from "zod/mini";
import { boardMessage, type BoardMessage } from "@/workers/objects/room-board.schema";

/**
 * What the finder's live script reads, checked with zod/mini (it tree-shakes into a small browser
 * script, where full zod would not): its settings, which the page writes, and the board's
 * messages, against the very schema the server's messages are typed by.
 */
const finderLiveSettings = z.object({
  slug: z.string(),
  key: z.nullable(z.string()),
  /** "Available now only": a room's status decides whether it is on the page at all. */
  availableOnly: z.boolean(),
  labels: z.object({
    live: z.string(),
    lost: z.string(),
    counts: z.string(),
    nowStatus: z.string(),
    available: z.string(),
    occupied: z.string(),
    unknown: z.string(),
    offline: z.string(),
  }),
});

export type FinderLiveSettings = z.infer<typeof finderLiveSettings>;

export function readSettings(raw: unknown): FinderLiveSettings | null {
  const settings = finderLiveSettings.safeParse(raw);
  return settings.success ? settings.data : null;
}

export function readMessage(raw: unknown): BoardMessage | null {
  const message = boardMessage.safeParse(raw);
  return message.success ? message.data : null;
}
