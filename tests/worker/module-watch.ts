/**
 * The watch the lazy-loading tests put on modules: `record(name)` is a vi.mock factory that
 * notes the module's first evaluation in `loaded` and then hands back the real module, so
 * the Worker behaves exactly as without the watch. Call it from vi.hoisted (mocks are
 * registered before the test file's imports run).
 */
export async function moduleWatch() {
  // vitest calls disable() on its mock-factory AsyncLocalStorage once the factories settle,
  // only to keep Node's promises fast; workerd throws "not implemented" there.
  const hooks: { AsyncLocalStorage: { prototype: { disable(): void } } } = await import('node:async_hooks' as string);
  hooks.AsyncLocalStorage.prototype.disable = () => undefined;
  const loaded = new Set<string>();
  const record = (name: string) => async (importOriginal: () => Promise<unknown>) => {
    loaded.add(name);
    return importOriginal();
  };
  return { loaded, record };
}
