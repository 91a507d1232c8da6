import { getDisplayConfig } from "../use-cases/get-display-config";
import { pairDisplay } from "../use-cases/pair-display";
import { recordHeartbeat } from "../use-cases/record-heartbeat";
import { deviceInput, heartbeatInput, pairInput, pairOutput } from "./displays.schema";
import { displayConfigOutput, heartbeatOutput } from "./displays-output.schema";
import { mutation, query, rpcArea } from "./procedure";

/** The tablets: pairing (by a code an admin created), then configuration and heartbeats by device token. */
export const DisplaysApi = rpcArea({
  pair: mutation({ access: "public", input: pairInput, output: pairOutput, run: (ctx, input) => pairDisplay(ctx, input) }),
  config: query({ access: "device", input: deviceInput, output: displayConfigOutput, run: (ctx, _input, device) => getDisplayConfig(ctx, device) }),
  heartbeat: mutation({ access: "device", input: heartbeatInput, output: heartbeatOutput, run: (ctx, input, device) => recordHeartbeat(ctx, device, input) }),
});
