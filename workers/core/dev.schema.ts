import { z } from "zod";

export const advanceClockInput = z.object({
  advanceDays: z.number().int("advanceDays must be a whole number of days").min(1).max(400),
});
