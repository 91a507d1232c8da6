import { confirmSubscription } from "../use-cases/confirm-subscription";
import { getPublicList } from "../use-cases/get-public-list";
import { getPublicListVersion } from "../use-cases/get-public-list-version";
import { getPublicNotice } from "../use-cases/get-public-notice";
import { subscribe } from "../use-cases/subscribe";
import { previewUnsubscribe, unsubscribe } from "../use-cases/unsubscribe";
import { getPublicVersion, getPublicVersionAt } from "../use-cases/get-public-version";
import { getPublicVersions } from "../use-cases/get-public-versions";
import { noticeIdInput, subscribeInput, tokenInput, unsubscribeInput, versionAtInput, versionInput } from "./portal.schema";
import { mutation, query, rpcArea } from "./procedure";

/**
 * The public portal: the list, its notices and feeds, and subscriptions. Everything is public;
 * subscriptions are proven by the emailed token (double opt-in), and rate-limited per client.
 */
export const PortalApi = rpcArea({
  /** The current list, pending changes and history (page, JSON, CSV, Atom). */
  publicList: query({ access: "public", run: (ctx) => getPublicList(ctx) }),
  /** A version of the list that changes whenever the page would (the page's render cache). */
  publicListVersion: query({ access: "public", run: (ctx) => getPublicListVersion(ctx) }),
  notice: query({ access: "public", input: noticeIdInput, run: (ctx, input) => getPublicNotice(ctx, input.id) }),
  /** The numbered versions of the list, one of them with its diff, or the one in force on a date. */
  versions: query({ access: "public", run: (ctx) => getPublicVersions(ctx) }),
  version: query({ access: "public", input: versionInput, run: (ctx, input) => getPublicVersion(ctx, input.version) }),
  versionAt: query({ access: "public", input: versionAtInput, run: (ctx, input) => getPublicVersionAt(ctx, input.at) }),
  subscribe: mutation({ access: "public", input: subscribeInput, run: (ctx, input) => subscribe(ctx, input) }),
  confirmSubscription: mutation({ access: "public", input: tokenInput, run: (ctx, input) => confirmSubscription(ctx, input.token) }),
  previewUnsubscribe: query({ access: "public", input: tokenInput, run: (ctx, input) => previewUnsubscribe(ctx, input.token) }),
  unsubscribe: mutation({ access: "public", input: unsubscribeInput, run: (ctx, input) => unsubscribe(ctx, input.token, input.via) }),
});

/** The area as the tests and the entry hold it. */
export type PortalApi = InstanceType<typeof PortalApi>;
