import * as z from "zod/mini";

/**
 * What a room board pushes to room-finder pages over its WebSocket. Ids and three booleans per
 * display, nothing else: the page already has the rooms' names from the server-rendered list.
 * `known` is false when the tablet's schedule is older than the organisation's limit: the page
 * then shows "status unknown" whatever `occupied` says.
 */
const liveDisplayMessage = z.object({
  displayId: z.string(),
  online: z.boolean(),
  occupied: z.boolean(),
  known: z.boolean(),
});

export const boardMessage = z.discriminatedUnion("type", [
  z.object({ type: z.literal("state"), displays: z.array(liveDisplayMessage) }),
  z.object({ type: z.literal("display"), display: liveDisplayMessage }),
]);

export type BoardMessage = z.infer<typeof boardMessage>;
