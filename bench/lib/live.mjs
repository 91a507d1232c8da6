// Room-finder clients over WebSockets (Node 20: run with --experimental-websocket): connect `count`
// clients, then time how long a room change takes to reach every one of them.

/** Clients connect this many at a time: each is sent the whole board on connecting. */
const CONNECT_WAVE = 50;
/** A busy machine connects slowly: clients that have not got the board by then are left out, and counted. */
const CONNECT_BUDGET_MS = 180_000;

export async function connectClients(wsUrl, count) {
  const clients = [];
  const deadline = performance.now() + CONNECT_BUDGET_MS;
  for (let i = 0; i < count && performance.now() < deadline; i += CONNECT_WAVE) {
    const wave = await connectWave(wsUrl, Math.min(CONNECT_WAVE, count - i), deadline - performance.now());
    clients.push(...wave.filter(Boolean));
  }
  return { clients, close: () => clients.forEach((c) => c.socket.close()) };
}

/** Resolves with each client that got the board's state within `waitMs`, null for the others (closed). */
function connectWave(wsUrl, count, waitMs) {
  return Promise.all(
    Array.from({ length: count }, () => new Promise((resolve) => {
      const socket = new WebSocket(wsUrl);
      const client = { socket, waiters: [] };
      let settled = false;
      const settle = (value) => {
        settled = true;
        clearTimeout(timer);
        resolve(value);
      };
      // Once only: closing a socket whose handshake failed fires its error event again.
      const giveUp = () => {
        if (settled) return;
        settle(null);
        socket.close();
      };
      const timer = setTimeout(giveUp, waitMs);
      socket.addEventListener("message", (event) => {
        const message = JSON.parse(String(event.data));
        if (message.type === "state" && !settled) settle(client);
        if (message.type === "display") for (const waiter of client.waiters.splice(0)) waiter(message.display, performance.now());
      });
      socket.addEventListener("error", giveUp);
    })),
  );
}

/** Resolves with each client's arrival time for the next change of `displayId` to `occupied`. */
export function nextChange(clients, displayId, occupied) {
  return Promise.all(
    clients.map((client) => new Promise((resolve) => {
      const wait = (display, at) => (display.displayId === displayId && display.occupied === occupied ? resolve(at) : client.waiters.push(wait));
      client.waiters.push(wait);
    })),
  );
}
