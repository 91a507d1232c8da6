import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  url: URL;
  headers: IncomingMessage["headers"];
}

/**
 * A local stand-in for a calendar provider: answers each request with the next canned
 * `{ status, body }` (in the provider's real wire format) and records what was asked.
 */
export async function startProviderStandin(answers: ((url: URL) => { status: number; body: unknown })[]) {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    requests.push({ url, headers: req.headers });
    const answer = answers[Math.min(requests.length - 1, answers.length - 1)]!(url);
    res.writeHead(answer.status, { "content-type": "application/json" });
    res.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, requests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
