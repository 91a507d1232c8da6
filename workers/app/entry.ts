import openNext from "open-next-worker";
import { readAppConfig } from "./app-config";
import { toConfiguredOrigin } from "./canonical-origin";
import { handleDeviceApi } from "./device-api";
import { forwardLiveSocket } from "./live-socket";
import { answerPlainPage } from "./plain-pages";

/**
 * The app worker's entry: wiring only. Requests for another origin are sent to the configured
 * one first. Tablets' JSON API and the room finder's WebSocket are answered here, before Next.js:
 * a heartbeat every minute from every tablet should not pay for page rendering, and WebSockets
 * cannot go through Next's route handlers. The public list and the room finder need no framework
 * and are rendered here too (plain-pages.ts). Everything else is the Next.js app, rendered by
 * OpenNext. See docs/decisions/004-room-status.md.
 */
export default {
  async fetch(incoming, env, ctx) {
    const config = readAppConfig(env);
    const request = toConfiguredOrigin(incoming, config);
    if (request instanceof Response) return request;
    const { pathname } = new URL(request.url);
    // GET /api/health – 204; also the no-op baseline for `npm run bench`.
    if (pathname === "/api/health") return new Response(null, { status: 204 });
    // /api/display/{pair,config,heartbeat} – the tablets.
    if (pathname.startsWith("/api/display/")) return handleDeviceApi(request, env);
    // GET /rooms/{org}/live – a room-finder page's live updates.
    if (/^\/rooms\/[^/]+\/live$/.test(pathname)) return forwardLiveSocket(request, env, config);
    // GET /subprocessors, GET /rooms/{org} – framework-free pages.
    return (await answerPlainPage(request, pathname, env)) ?? openNext.fetch(request, env, ctx);
  },
} satisfies ExportedHandler<AppEnv>;
