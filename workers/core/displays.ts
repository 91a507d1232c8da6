import { RpcTarget } from "cloudflare:workers";
import { toResult } from "../errors";
import { getDisplayConfig } from "../use-cases/get-display-config";
import { pairDisplay } from "../use-cases/pair-display";
import { recordHeartbeat } from "../use-cases/record-heartbeat";
import { createContext } from "./context";
import { deviceInput, heartbeatInput, pairInput } from "./displays.schema";

/** The tablets: pairing, configuration, heartbeats. Everything but pairing needs a device token. */
export class DisplaysApi extends RpcTarget {
  constructor(private readonly env: CoreEnv) {
    super();
  }

  pair(raw: unknown) {
    return toResult(async () => pairDisplay(await createContext(this.env), pairInput.parse(raw)));
  }

  config(raw: unknown) {
    return toResult(async () => getDisplayConfig(await createContext(this.env), deviceInput.parse(raw)));
  }

  heartbeat(raw: unknown) {
    return toResult(async () => recordHeartbeat(await createContext(this.env), heartbeatInput.parse(raw)));
  }
}
