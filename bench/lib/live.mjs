// Room-finder clients over WebSockets (Node 20: run with --experimental-websocket): connect `count`
// clients, then time how long a room change takes to reach every one of them.

export async function connectClients(wsUrl, count) {
  const clients = await Promise.all(
    Array.from({ length: count }, () => new Promise((resolve, reject) => {
      const socket = new WebSocket(wsUrl);
      const client = { socket, waiters: [] };
      const timer = setTimeout(() => reject(new Error("a finder client did not get the board's state in 20 s")), 20_000);
      socket.addEventListener("message", (event) => {
        const message = JSON.parse(String(event.data));
        if (message.type === "state") {
          clearTimeout(timer);
          resolve(client);
        }
        if (message.type === "display") for (const waiter of client.waiters.splice(0)) waiter(message.display, performance.now());
      });
      socket.addEventListener("error", () => reject(new Error("a finder client could not connect")));
    })),
  );
  return { clients, close: () => clients.forEach((c) => c.socket.close()) };
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
