import { z } from "zod";

/**
 * What a room board pushes to room-finder pages over its WebSocket. Ids and two booleans per
 * display, nothing else: the page already has the rooms' names from the server-rendered list.
 */
export const liveDisplayMessage = z.object({
  displayId: z.string(),
  online: z.boolean(),
  occupied: z.boolean(),
});

export const boardMessage = z.discriminatedUnion("type", [
  z.object({ type: z.literal("state"), displays: z.array(liveDisplayMessage) }),
  z.object({ type: z.literal("display"), display: liveDisplayMessage }),
]);

export type BoardMessage = z.infer<typeof boardMessage>;
