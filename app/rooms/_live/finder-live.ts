// Live updates for the server-rendered room finder, as one small script (no framework): the page
// is complete without it (JavaScript off, old tablets, TVs). With it, the organisation's RoomBoard
// pushes each change over a WebSocket; the rows already on the page are updated and re-sorted
// (free rooms first), the counts follow, and changes are announced politely to screen readers.
// With "Available now only", a room that turns occupied must leave the list and one that turns
// free must join it: the page's rooms are then fetched again, so the server applies every filter
// the page was loaded with (capacity, floor, equipment too) and renders the rows, as it did on load.
// Messages are checked with zod/mini (./board-message.ts); partysocket reconnects with backoff.
import { WebSocket as ReconnectingWebSocket } from "partysocket";
import { compareRooms, roomStatusOf, type RoomStatus } from "@/workers/domain/room-status";
import { fillTemplate } from "../_components/fill-template";
import { statusBadgeClass } from "../_components/status-badge-class";
import { readMessage, readSettings } from "./board-message";

function start() {
  const element = document.getElementById("finder-live-settings");
  const settings = readSettings(element ? JSON.parse(element.textContent ?? "null") : null);
  if (!settings) return;
  const { slug, key, availableOnly, labels } = settings;
  const indicator = document.querySelector<HTMLElement>("[data-live-state]");
  const announcer = document.querySelector<HTMLElement>("[data-live-announcer]");
  const states = new Map<string, RoomStatus>();

  const setState = (state: "live" | "lost") => {
    if (!indicator) return;
    indicator.dataset.liveState = state;
    indicator.textContent = state === "live" ? `● ${labels.live}` : labels.lost;
  };

  const nameOf = (row: HTMLElement) => row.querySelector(".status-tile-name, th")?.textContent ?? "";

  const apply = (displayId: string, status: RoomStatus, announce: boolean) => {
    states.set(displayId, status);
    for (const row of document.querySelectorAll<HTMLElement>(`[data-display-id="${CSS.escape(displayId)}"]`)) {
      if (row.dataset.status === status) continue;
      row.dataset.status = status;
      row.className = row.className.replace(/status-tile-(available|occupied|unknown|offline)/, `status-tile-${status}`);
      const badge = row.querySelector<HTMLElement>(".room-status");
      if (badge) {
        badge.dataset.status = status;
        badge.className = statusBadgeClass(status);
        badge.textContent = labels[status];
      }
      if (announce && announcer) announcer.textContent = fillTemplate(labels.nowStatus, { room: nameOf(row), status: labels[status] });
    }
  };

  // The server's order (workers/domain/room-status.ts), so rows never jump on load.
  const resort = () => {
    for (const list of document.querySelectorAll<HTMLElement>("[data-live-list]")) {
      const rows = [...list.querySelectorAll<HTMLElement>(":scope > [data-display-id]")].map((row) => ({ row, name: nameOf(row), status: row.dataset.status as RoomStatus }));
      rows.sort(compareRooms);
      for (const { row } of rows) list.appendChild(row);
    }
    const counts = { available: 0, occupied: 0, unknown: 0, offline: 0 };
    for (const status of states.values()) counts[status]++;
    for (const el of document.querySelectorAll<HTMLElement>("[data-live-counts]")) el.textContent = fillTemplate(labels.counts, counts);
  };

  const isShown = (displayId: string) => document.querySelector(`[data-live-list] > [data-display-id="${CSS.escape(displayId)}"]`) !== null;
  // Whether these statuses move a room into or out of the list. A free room that is not shown may
  // just fail another filter: the server decides, and the list comes back the same.
  const changesMembership = (changed: [string, RoomStatus][]) => availableOnly && changed.some(([id, status]) => isShown(id) !== (status === "available"));

  // One fetch at a time; changes that arrive meanwhile are covered by one more fetch after it.
  let fetching = false;
  let fetchAgain = false;
  const refetchRooms = async () => {
    if (fetching) {
      fetchAgain = true;
      return;
    }
    fetching = true;
    try {
      const response = await fetch(location.href, { cache: "no-store", credentials: "same-origin", headers: { accept: "text/html" } });
      if (!response.ok) return;
      const fresh = new DOMParser().parseFromString(await response.text(), "text/html").querySelectorAll("[data-live-rooms]");
      document.querySelectorAll("[data-live-rooms]").forEach((region, i) => {
        const next = fresh[i];
        if (next) region.replaceWith(document.importNode(next, true));
      });
    } catch {
      // Offline for a moment: the socket's reconnection sends the whole state, which fetches again.
    } finally {
      fetching = false;
      if (fetchAgain) {
        fetchAgain = false;
        void refetchRooms();
      }
    }
  };

  const url = new URL(`/rooms/${encodeURIComponent(slug)}/live`, location.href);
  url.protocol = location.protocol === "https:" ? "wss:" : "ws:";
  if (key) url.searchParams.set("key", key);
  // Back off from 1 s up to 30 s; a replaced link keeps failing and simply stays "paused".
  // 4403 means the link was replaced while connected: no reconnecting, the page reloads (below).
  const socket = new ReconnectingWebSocket(url.href, [], { minReconnectionDelay: 1000, reconnectionDelayGrowFactor: 2, maxReconnectionDelay: 30_000, shouldReconnectOnClose: (event) => event.code !== 4403 });
  let ping: ReturnType<typeof setInterval> | undefined;
  socket.addEventListener("open", () => {
    setState("live");
    ping = setInterval(() => socket.readyState === WebSocket.OPEN && socket.send("ping"), 30_000);
  });
  socket.addEventListener("message", (event) => {
    if (typeof event.data !== "string" || event.data === "pong") return;
    let raw: unknown;
    try {
      raw = JSON.parse(event.data);
    } catch {
      return;
    }
    const message = readMessage(raw);
    if (!message) return;
    const changed: [string, RoomStatus][] = (message.type === "state" ? message.displays : [message.display]).map((d) => [d.displayId, roomStatusOf(d)]);
    if (message.type === "state") states.clear();
    for (const [displayId, status] of changed) apply(displayId, status, message.type === "display");
    resort();
    if (changesMembership(changed)) void refetchRooms();
  });
  socket.addEventListener("close", (event) => {
    clearInterval(ping);
    // Reloading shows the server's "link not valid" page and clears the rooms from the screen,
    // rather than leaving the last states up.
    if (event.code === 4403) return location.reload();
    setState("lost");
  });
}

start();
