"use client";

import { useEffect, useState } from "react";
import { boardMessage } from "../../../workers/objects/room-board.schema";
import { fill } from "./fill";
import type { RoomStatus } from "./room-status-badge";

interface Labels {
  live: string;
  lost: string;
  counts: string;
  nowStatus: string;
  available: string;
  occupied: string;
  offline: string;
}

const ORDER: Record<RoomStatus, number> = { available: 0, occupied: 1, offline: 2 };
const BADGE: Record<RoomStatus, string> = { available: "badge-ok", occupied: "badge-bad", offline: "badge-neutral" };

/**
 * Live updates for the server-rendered room finder. The list works without this (JavaScript off,
 * old tablets, TVs); with it, the organisation's RoomBoard pushes each change over a WebSocket and
 * the rows already on the page are updated and re-sorted (free rooms first). Changes are announced
 * politely to screen readers.
 */
export function FinderLive({ slug, finderKey, labels }: { slug: string; finderKey: string | null; labels: Labels }) {
  const [connected, setConnected] = useState<boolean | null>(null);
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    const states = new Map<string, RoomStatus>();
    let socket: WebSocket | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let ping: ReturnType<typeof setInterval> | undefined;
    let attempts = 0;
    let stopped = false;

    const apply = (displayId: string, status: RoomStatus, announce: boolean) => {
      states.set(displayId, status);
      for (const row of document.querySelectorAll<HTMLElement>(`[data-display-id="${CSS.escape(displayId)}"]`)) {
        if (row.dataset.status === status) continue;
        row.dataset.status = status;
        row.className = row.className.replace(/status-tile-(available|occupied|offline)/, `status-tile-${status}`);
        const badge = row.querySelector<HTMLElement>(".room-status");
        if (badge) {
          badge.dataset.status = status;
          badge.className = `badge room-status ${BADGE[status]}`;
          badge.textContent = labels[status];
        }
        if (announce) setAnnouncement(fill(labels.nowStatus, { room: row.querySelector(".status-tile-name, th")?.textContent ?? "", status: labels[status] }));
      }
    };

    const resort = () => {
      for (const list of document.querySelectorAll<HTMLElement>("[data-live-list]")) {
        const rows = [...list.querySelectorAll<HTMLElement>(":scope > [data-display-id]")];
        const name = (el: HTMLElement) => el.querySelector(".status-tile-name, th")?.textContent ?? "";
        rows.sort((a, b) => ORDER[a.dataset.status as RoomStatus] - ORDER[b.dataset.status as RoomStatus] || name(a).localeCompare(name(b)));
        for (const row of rows) list.appendChild(row);
      }
      const counts = { available: 0, occupied: 0, offline: 0 };
      for (const status of states.values()) counts[status]++;
      for (const el of document.querySelectorAll<HTMLElement>("[data-live-counts]")) el.textContent = fill(labels.counts, counts);
    };

    const connect = () => {
      const url = new URL(`/rooms/${encodeURIComponent(slug)}/live`, location.href);
      url.protocol = location.protocol === "https:" ? "wss:" : "ws:";
      if (finderKey) url.searchParams.set("key", finderKey);
      socket = new WebSocket(url);
      socket.addEventListener("open", () => {
        attempts = 0;
        setConnected(true);
        ping = setInterval(() => socket?.readyState === WebSocket.OPEN && socket.send("ping"), 30_000);
      });
      socket.addEventListener("message", (event) => {
        if (typeof event.data !== "string" || event.data === "pong") return;
        let raw: unknown;
        try {
          raw = JSON.parse(event.data);
        } catch {
          return;
        }
        const parsed = boardMessage.safeParse(raw);
        if (!parsed.success) return;
        const message = parsed.data;
        const statusOf = (d: { online: boolean; occupied: boolean }): RoomStatus => (!d.online ? "offline" : d.occupied ? "occupied" : "available");
        if (message.type === "state") {
          states.clear();
          for (const d of message.displays) apply(d.displayId, statusOf(d), false);
        } else {
          apply(message.display.displayId, statusOf(message.display), true);
        }
        resort();
      });
      socket.addEventListener("close", () => {
        clearInterval(ping);
        if (stopped) return;
        setConnected(false);
        // Back off up to 30 s; a replaced link keeps failing and simply stays "paused".
        retry = setTimeout(connect, Math.min(30_000, 1000 * 2 ** attempts++));
      });
    };

    connect();
    return () => {
      stopped = true;
      clearTimeout(retry);
      clearInterval(ping);
      socket?.close();
    };
  }, [slug, finderKey, labels]);

  return (
    <>
      <p className="live-indicator" data-live-state={connected === null ? "connecting" : connected ? "live" : "lost"}>
        {connected === false ? labels.lost : connected ? `● ${labels.live}` : ""}
      </p>
      <p className="visually-hidden" aria-live="polite">{announcement}</p>
    </>
  );
}
