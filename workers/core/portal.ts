import { confirmSubscription } from "../use-cases/confirm-subscription";
import { getPublicList } from "../use-cases/get-public-list";
import { getPublicListVersion } from "../use-cases/get-public-list-version";
import { getPublicNotice } from "../use-cases/get-public-notice";
import { subscribe } from "../use-cases/subscribe";
import { previewUnsubscribe, unsubscribe } from "../use-cases/unsubscribe";
import { getPublicVersion, getPublicVersionAt } from "../use-cases/get-public-version";
import { getPublicVersions } from "../use-cases/get-public-versions";
import { confirmOutput, noticeViewOutput, pageVersionOutput, publicListOutput, subscribeOutput, unsubscribeOutput, unsubscribePreviewOutput, versionsViewOutput, versionViewOutput } from "./portal-output.schema";
import { noticeIdInput, subscribeInput, tokenInput, unsubscribeInput, versionAtInput, versionInput } from "./portal.schema";
import { mutation, query, rpcArea } from "./procedure";

/**
 * The public portal: the list, its notices and feeds, and subscriptions. Everything is public;
 * subscriptions are proven by the emailed token (double opt-in), and rate-limited per client.
 */
export const PortalApi = rpcArea({
  /** The current list, pending changes and history (page, JSON, CSV, Atom). */
  publicList: query({ access: "public", output: publicListOutput, run: (ctx) => getPublicList(ctx) }),
  /** A version of the list that changes whenever the page would (the page's render cache). */
  publicListVersion: query({ access: "public", output: pageVersionOutput, run: (ctx) => getPublicListVersion(ctx) }),
  notice: query({ access: "public", input: noticeIdInput, output: noticeViewOutput, run: (ctx, input) => getPublicNotice(ctx, input.id) }),
  /** The numbered versions of the list, one of them with its diff, or the one in force on a date. */
  versions: query({ access: "public", output: versionsViewOutput, run: (ctx) => getPublicVersions(ctx) }),
  version: query({ access: "public", input: versionInput, output: versionViewOutput, run: (ctx, input) => getPublicVersion(ctx, input.version) }),
  versionAt: query({ access: "public", input: versionAtInput, output: versionViewOutput, run: (ctx, input) => getPublicVersionAt(ctx, input.at) }),
  subscribe: mutation({ access: "public", input: subscribeInput, output: subscribeOutput, run: (ctx, input) => subscribe(ctx, input) }),
  confirmSubscription: mutation({ access: "public", input: tokenInput, output: confirmOutput, run: (ctx, input) => confirmSubscription(ctx, input.token) }),
  previewUnsubscribe: query({ access: "public", input: tokenInput, output: unsubscribePreviewOutput, run: (ctx, input) => previewUnsubscribe(ctx, input.token) }),
  unsubscribe: mutation({ access: "public", input: unsubscribeInput, output: unsubscribeOutput, run: (ctx, input) => unsubscribe(ctx, input.token, input.via) }),
});

/** The area as the tests and the entry hold it. */
export type PortalApi = InstanceType<typeof PortalApi>;
