import { toResult, type Result } from "../errors";
import type { BoardHeartbeat, BoardHeartbeatAnswer } from "./room-board";

type Answer = Result<BoardHeartbeatAnswer>;

/** What a report brings: its own way to call the board (from its own request) and to keep that call alive past its answer. */
export interface ReportCaller {
  call(inputs: BoardHeartbeat[]): Promise<Answer[]>;
  keepAlive(call: Promise<unknown>): void;
}

export interface LineOptions {
  /** The most reports one call carries. */
  maxBatch: number;
  /**
   * A call not back after this long is not waited for any more: a report that finds it calls the
   * board itself, and a report whose call has not started this long after it arrived leaves the
   * line and calls alone.
   */
  staleMs: number;
  now(): number;
}

/** What a waiting report is told: its answer, or that it makes the next call (it is `batch[0]`). */
type Turn = { answer: Answer } | { lead: Waiting[] };

interface Waiting {
  input: BoardHeartbeat;
  hear(turn: Turn): void;
  /** Its call has started: from now on it waits for that call's answer, however long. */
  sent: boolean;
  /** It stopped waiting and called alone: a call that takes it later leaves it out. */
  left: boolean;
}

/** One organisation's board as this isolate sees it: the call in flight, and the reports waiting for it to come back. */
interface Line {
  call: { since: number } | null;
  waiting: Waiting[];
}

/**
 * Heartbeats of one organisation that arrive while a call to its board is in flight go together
 * in the next call (ADR 023): a board answers a batch in one event, with one storage commit and one
 * alarm re-arm, where one call per report paid the hop and the commit each time. A call is always
 * made from the request of a report it carries (a request's I/O is its own) and kept alive past
 * that report's answer, so the others riding with it get theirs even if its tablet hangs up.
 */
export class HeartbeatLines {
  private readonly lines = new Map<string, Line>();

  constructor(private readonly options: LineOptions) {}

  /** Sends one report, in a batch with whatever reports of its organisation arrive meanwhile; resolves with its own answer. */
  async send(input: BoardHeartbeat, caller: ReportCaller): Promise<Answer> {
    const line = this.lineOf(input.orgId);
    if (line.call && this.options.now() - line.call.since < this.options.staleMs) {
      const turn = await this.waitForTurn(line, input);
      if ("answer" in turn) return turn.answer;
      return this.lead(line, turn.lead, caller);
    }
    return this.lead(line, [{ input, hear: () => {}, sent: false, left: false }], caller);
  }

  /** Reports waiting in `orgId`'s line, for tests and diagnostics. */
  waitingFor(orgId: string): number {
    return this.lines.get(orgId)?.waiting.length ?? 0;
  }

  /** Takes the line and makes the call for `batch` (its first report is the caller's own; the rest hear their answers), then hands the line on. */
  private lead(line: Line, batch: Waiting[], caller: ReportCaller): Promise<Answer> {
    const call = { since: this.options.now() };
    line.call = call;
    const [own, ...riding] = batch;
    const carried = [own!, ...riding.filter((w) => !w.left)];
    for (const waiting of carried) waiting.sent = true;
    const answering = callOnce(caller, carried.map((w) => w.input)).then((answers) => {
      // A stale call coming back late leaves the line to the one that replaced it.
      if (line.call === call) this.handOn(line);
      carried.forEach((waiting, i) => i > 0 && waiting.hear({ answer: answers[i]! }));
      return answers[0]!;
    });
    caller.keepAlive(answering);
    return answering;
  }

  /**
   * The next waiting reports (up to maxBatch) become the next call, made by the first of them from
   * its own request; with none, the line is free. Until that call starts the line stays taken, so
   * reports arriving meanwhile wait for it rather than call beside it.
   */
  private handOn(line: Line) {
    const next = line.waiting.splice(0, this.options.maxBatch);
    line.call = next.length > 0 ? { since: this.options.now() } : null;
    next[0]?.hear({ lead: next });
  }

  /** Waits in line; a report whose call has not started staleMs after it arrived (the call ahead is stuck, or the report that was to make it is gone) calls alone. */
  private waitForTurn(line: Line, input: BoardHeartbeat): Promise<Turn> {
    return new Promise<Turn>((resolve) => {
      const waiting: Waiting = {
        input,
        sent: false,
        left: false,
        hear: (turn) => {
          clearTimeout(timer);
          resolve(turn);
        },
      };
      const timer = setTimeout(() => {
        if (waiting.sent) return;
        waiting.left = true;
        const at = line.waiting.indexOf(waiting);
        if (at >= 0) line.waiting.splice(at, 1);
        resolve({ lead: [waiting] });
      }, this.options.staleMs);
      line.waiting.push(waiting);
    });
  }

  private lineOf(orgId: string): Line {
    let line = this.lines.get(orgId);
    if (!line) {
      line = { call: null, waiting: [] };
      this.lines.set(orgId, line);
    }
    return line;
  }
}

/** One call; if the call itself fails (the board was reset, say), every report it carried gets that failure, and no other report does. */
async function callOnce(caller: ReportCaller, inputs: BoardHeartbeat[]): Promise<Answer[]> {
  const called = await toResult(async () => {
    const answers = await caller.call(inputs);
    if (answers.length !== inputs.length) throw new Error(`the board answered ${answers.length} of ${inputs.length} reports`);
    return answers;
  });
  return called.ok ? called.data : inputs.map(() => called);
}
