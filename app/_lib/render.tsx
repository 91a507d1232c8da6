import type { ReactElement } from "react";

/**
 * Renders React to a full HTML response with a chosen status, for the app worker's handlers (a
 * form that must answer 400, a GET+POST URL). The edge build of react-dom/server, imported on
 * demand (Next refuses a static import of it in the app graph), runs in workerd.
 */
export async function renderHtml(element: ReactElement, status = 200, headers: HeadersInit = {}): Promise<Response> {
  const { renderToReadableStream } = await import("react-dom/server.edge");
  const stream = await renderToReadableStream(element);
  await stream.allReady;
  const response = new Response(stream, { status, headers });
  response.headers.set("content-type", "text/html; charset=utf-8");
  response.headers.set("cache-control", "no-store");
  return response;
}
