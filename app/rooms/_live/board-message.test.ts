import { describe, expect, it } from "vitest";
import { boardMessage } from "@/workers/objects/room-board.schema";
import { readMessage, readSettings } from "./board-message";

describe("the finder script's message checks", () => {
  it("accepts exactly what the board's zod schema accepts", () => {
    const samples: unknown[] = [
      { type: "state", displays: [{ displayId: "dsp_1", online: true, occupied: false, known: true }] },
      { type: "display", display: { displayId: "dsp_1", online: false, occupied: false, known: true } },
      { type: "display", display: { displayId: "dsp_1", online: true, occupied: false, known: false } },
      { type: "display", display: { displayId: "dsp_1", online: true, occupied: false } },
      { type: "display", display: { displayId: "dsp_1", online: true, occupied: false, known: "no" } },
      { type: "display", display: { displayId: "dsp_1", online: "yes", occupied: false, known: true } },
      { type: "state", displays: [{ displayId: 1, online: true, occupied: true, known: true }] },
      { type: "other" },
      null,
      [],
      "state",
    ];
    for (const sample of samples) expect(readMessage(sample) !== null, JSON.stringify(sample)).toBe(boardMessage.safeParse(sample).success);
  });

  it("reads its settings only when every label is there", () => {
    const labels = { live: "Live", lost: "Paused", counts: "{available}", nowStatus: "{room}", available: "A", occupied: "O", unknown: "?", offline: "X" };
    expect(readSettings({ slug: "acme", key: null, labels })).toEqual({ slug: "acme", key: null, labels });
    expect(readSettings({ slug: "acme", key: null, labels: { ...labels, live: 1 } })).toBeNull();
    expect(readSettings({ slug: "acme", labels })).toBeNull();
  });
});
