/**
 * Batches under way at once. Two would do at Resend's 5 calls a second while a call and its
 * record take under 400 ms; three leave room for a slow answer. The pace, not this, keeps the rate.
 */
const IN_FLIGHT = 3;

/** One batch as read: its rows in id order (the cursor), and what of it is ready to send. */
export interface PipelinedBatch {
  rows: readonly { id: string }[];
  ready: readonly unknown[];
}

/** What the run loop is given: how to read a batch, settle what will never be sent, send the rest, and whether to stop. */
export interface PipelineSteps<B extends PipelinedBatch> {
  /** Reads and renders the next batch: the first rows, or those after `afterId`. */
  prepare: (afterId?: string) => Promise<B>;
  /** Records what of a batch will never be sent, before the rest goes out. */
  settleDropped: (batch: B) => Promise<void>;
  /** Sends a batch's ready messages and records the outcome. */
  sendAndRecord: (batch: B) => Promise<void>;
  /** True once a batch has stopped the run (a hold, a failure worth retrying). */
  stopped: () => boolean;
}

/**
 * Runs batches until none is left or one stops the run (deliver-emails.ts). Up to IN_FLIGHT
 * batches are under way at once, and the next is read and rendered meanwhile: at the provider's
 * pace a slot comes every 1/limit s, and reading, rendering, sending and recording one batch after
 * another would leave slots unused whenever that takes longer (a provider answering slowly, a busy
 * isolate). The pace still gives out the slots one at a time. No row is in two batches: the next
 * batch is the rows after the last id taken, and rows the cursor passed over (owed meanwhile with
 * a smaller id) are found by one more look from the start, once every batch under way is
 * recorded, before the run says it is done.
 */
export async function runPipelined<B extends PipelinedBatch>(steps: PipelineSteps<B>): Promise<void> {
  const inFlight = new Set<Promise<void>>();
  let upcoming = steps.prepare();
  try {
    let fromCursor = false;
    while (!steps.stopped()) {
      let batch = await upcoming;
      if (batch.rows.length === 0 && fromCursor) {
        await Promise.all(inFlight);
        if (steps.stopped()) break;
        batch = await (upcoming = steps.prepare());
      }
      if (batch.rows.length === 0) break;
      upcoming = steps.prepare(batch.rows.at(-1)!.id);
      fromCursor = true;
      await steps.settleDropped(batch);
      if (batch.ready.length === 0) continue;
      const flight: Promise<void> = steps.sendAndRecord(batch).finally(() => inFlight.delete(flight));
      inFlight.add(flight);
      while (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    // After a failure, nothing of this run is left running: batches under way finish, a read ahead is discarded.
    await Promise.allSettled([...inFlight, upcoming]);
  }
}
