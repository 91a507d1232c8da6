import type { BoardMessage } from "../../../workers/objects/room-board.schema";

/**
 * Hand-written checks for what the finder's live script reads (its settings and the board's
 * messages): zod does not tree-shake into a small browser script (about 85 KB gzip against
 * about 1.4 KB for the whole script). The shapes are those of workers/objects/room-board.schema.ts.
 */
export const LABELS = ["live", "lost", "counts", "nowStatus", "available", "occupied", "unknown", "offline"] as const;
export type Labels = Record<(typeof LABELS)[number], string>;

export function readSettings(raw: unknown): { slug: string; key: string | null; labels: Labels } | null {
  if (!isRecord(raw) || typeof raw.slug !== "string" || (raw.key !== null && typeof raw.key !== "string") || !isRecord(raw.labels)) return null;
  const labels = raw.labels;
  if (!LABELS.every((name) => typeof labels[name] === "string")) return null;
  return { slug: raw.slug, key: raw.key, labels: labels as Labels };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isDisplay(value: unknown): value is { displayId: string; online: boolean; occupied: boolean; known: boolean } {
  return isRecord(value) && typeof value.displayId === "string" && typeof value.online === "boolean" && typeof value.occupied === "boolean" && typeof value.known === "boolean";
}

export function readMessage(raw: unknown): BoardMessage | null {
  if (!isRecord(raw)) return null;
  if (raw.type === "state" && Array.isArray(raw.displays) && raw.displays.every(isDisplay)) return { type: "state", displays: raw.displays };
  if (raw.type === "display" && isDisplay(raw.display)) return { type: "display", display: raw.display };
  return null;
}

