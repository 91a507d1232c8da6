import { WorkerEntrypoint } from "cloudflare:workers";
import { DevApi } from "./dev";

export { NoticeClock } from "../objects/notice-clock";

/**
 * The core worker's RPC surface, called by the app through the CORE service binding.
 * Composition only: each area lives in its own file and returns Result values.
 */
export default class Core extends WorkerEntrypoint<CoreEnv> {
  /** Dev clock and demo data (dev tools only). */
  dev() { return new DevApi(this.env); }

  override async fetch(): Promise<Response> {
    return new Response("roomtrust-core is reached through its service binding.", { status: 404 });
  }
}
