import { RpcTarget } from "cloudflare:workers";
import { toResult } from "../errors";
import { confirmSubscription } from "../use-cases/confirm-subscription";
import { getPublicNotice } from "../use-cases/get-public-notice";
import { getPublicList } from "../use-cases/get-public-list";
import { subscribe } from "../use-cases/subscribe";
import { previewUnsubscribe, unsubscribe } from "../use-cases/unsubscribe";
import { createContext, type AfterAnswer } from "./context";
import { noticeIdInput, subscribeInput, tokenInput, unsubscribeInput } from "./portal.schema";

/** The public portal: the list, its notices and feeds, and subscriptions. Each method parses, then runs one use case. */
export class PortalApi extends RpcTarget {
  /** `execution` keeps work that runs after the answer (emails) alive: the RPC call's context. */
  constructor(
    private readonly env: CoreEnv,
    private readonly execution?: AfterAnswer,
  ) {
    super();
  }

  /** The current list, pending changes and history (page, JSON, CSV, Atom). */
  publicList() {
    return toResult(async () => getPublicList(await createContext(this.env, this.execution)));
  }

  notice(input: unknown) {
    return toResult(async () => {
      const { id } = noticeIdInput.parse(input);
      return getPublicNotice(await createContext(this.env, this.execution), id);
    });
  }

  subscribe(input: unknown) {
    return toResult(async () => {
      const parsed = subscribeInput.parse(input);
      return subscribe(await createContext(this.env, this.execution), parsed);
    });
  }

  confirmSubscription(input: unknown) {
    return toResult(async () => {
      const { token } = tokenInput.parse(input);
      return confirmSubscription(await createContext(this.env, this.execution), token);
    });
  }

  previewUnsubscribe(input: unknown) {
    return toResult(async () => {
      const { token } = tokenInput.parse(input);
      return previewUnsubscribe(await createContext(this.env, this.execution), token);
    });
  }

  unsubscribe(input: unknown) {
    return toResult(async () => {
      const { token, via } = unsubscribeInput.parse(input);
      return unsubscribe(await createContext(this.env, this.execution), token, via);
    });
  }
}
