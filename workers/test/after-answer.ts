import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";

/**
 * An RPC area built as the core's entry builds it, with a call's execution context, so the work a
 * call leaves running after its answer (emails, look-ups by address) really runs after it.
 * `settled()` waits for that work, as a person waits for their inbox.
 */
export function afterAnswerApi<T>(make: (execution: ExecutionContext) => T): { api: T; settled: () => Promise<void> } {
  const execution = createExecutionContext();
  return { api: make(execution), settled: async () => void (await waitOnExecutionContext(execution)) };
}

/** The same area, each of whose calls resolves only once its after-answer work is done too. */
export function settlingApi<T extends object>(make: (execution: ExecutionContext) => T): T {
  const { api, settled } = afterAnswerApi(make);
  return new Proxy(api, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property);
      if (typeof value !== "function") return value;
      return async (...args: unknown[]) => {
        const answer: unknown = await value.apply(target, args);
        await settled();
        return answer;
      };
    },
  });
}
