import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

interface RecordedRequest {
  method: string;
  url: URL;
  headers: IncomingMessage["headers"];
  /** The request's JSON body, or null without one. */
  body: unknown;
}

export interface StandinAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/**
 * A local stand-in for a calendar provider: answers each request with the next canned
 * `{ status, body, headers }` (in the provider's real wire format) and records what was asked.
 * The last answer repeats, so one function can answer a whole simulated day.
 */
export async function startProviderStandin(answers: ((url: URL, request: RecordedRequest) => StandinAnswer)[]) {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const text = Buffer.concat(chunks).toString("utf8");
      const request = { method: req.method ?? "GET", url, headers: req.headers, body: text ? (JSON.parse(text) as unknown) : null };
      requests.push(request);
      const answer = answers[Math.min(requests.length - 1, answers.length - 1)]!(url, request);
      // A 202 or 204 has no body, as Graph's decline and delete answer.
      if (answer.body === undefined) {
        res.writeHead(answer.status, answer.headers);
        return res.end();
      }
      res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, requests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/**
 * Microsoft Graph's error envelope (Graph "Error responses"): `{ error: { code, message,
 * innerError } }`, e.g. 429 `TooManyRequests` "Please retry again later." with a Retry-After.
 */
export function graphError(status: number, code: string, message: string, headers?: Record<string, string>): StandinAnswer {
  return {
    status,
    headers,
    body: { error: { code, message, innerError: { date: "2026-11-23T08:00:00", "request-id": "3f0c2b7e-0000-4000-8000-000000000001", "client-request-id": "3f0c2b7e-0000-4000-8000-000000000001" } } },
  };
}

/**
 * Google's error envelope (Calendar API "Handle API errors"): `{ error: { code, message,
 * errors: [{ domain, reason, message }], status } }`, e.g. 403 `usageLimits`/`rateLimitExceeded`.
 */
export function googleError(
  code: number,
  status: string,
  reason: string,
  message: string,
  { domain = "global", headers }: { domain?: string; headers?: Record<string, string> } = {},
): StandinAnswer {
  return { status: code, headers, body: { error: { code, message, errors: [{ domain, reason, message }], status } } };
}
