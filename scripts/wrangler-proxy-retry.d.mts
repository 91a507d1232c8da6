export type ProxyRetryState = "patched" | "already" | "unrecognised";
export function withProxyRetry(source: string): { state: ProxyRetryState; source: string };
export function applyProxyRetry(root: string): ProxyRetryState;
export function withoutProxyRetry(source: string): string;
