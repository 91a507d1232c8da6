import { RpcTarget } from "cloudflare:workers";
import { toResult } from "../errors";
import { getRoomFinder } from "../use-cases/get-room-finder";
import { createContext } from "./context";
import { finderInput } from "./rooms.schema";

/** The room finder: by the organisation's link key or a member's session. */
export class FinderApi extends RpcTarget {
  constructor(private readonly env: CoreEnv) {
    super();
  }

  rooms(raw: unknown) {
    return toResult(async () => getRoomFinder(await createContext(this.env), finderInput.parse(raw)));
  }
}
