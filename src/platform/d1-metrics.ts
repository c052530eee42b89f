/**
 * Counts and times the D1 work of one request. The request context wraps the D1 session in
 * `measureD1`, so every query a handler makes (through Drizzle or raw statements) is seen
 * here; the totals go out in `Server-Timing` and tell the edge cache whether D1 failed.
 */

/** D1 work of one request. A round trip is one `all/run/raw/first` call or one `batch`. */
export class D1Metrics {
  roundTrips = 0;
  statements = 0;
  durationMs = 0;
  /** The first D1 error of the request, if any (the edge cache then serves a stale copy). */
  failure: unknown = undefined;

  get failed() {
    return this.failure !== undefined;
  }

  async time<T>(statements: number, run: () => Promise<T>): Promise<T> {
    const started = performance.now();
    this.roundTrips += 1;
    this.statements += statements;
    try {
      return await run();
    } catch (error) {
      this.failure ??= error;
      throw error;
    } finally {
      // Workers only advance the clock across I/O, which is exactly what a D1 call is.
      this.durationMs += performance.now() - started;
    }
  }

  /** `d1;dur=3.2;desc="2 queries"`: one Server-Timing entry (round trips, statements in them). */
  serverTiming(): string {
    const queries = `${this.roundTrips} ${this.roundTrips === 1 ? 'query' : 'queries'}`;
    const detail = this.statements > this.roundTrips ? `, ${this.statements} statements` : '';
    return `d1;dur=${this.durationMs.toFixed(1)};desc="${queries}${detail}"`;
  }
}

type D1Target = D1Database | D1DatabaseSession;

const EXECUTING = new Set(['all', 'run', 'raw', 'first']);

/** The real statement behind a measured one, so `batch` can hand D1 what it created. */
const originals = new WeakMap<object, D1PreparedStatement>();

function measureStatement(statement: D1PreparedStatement, metrics: D1Metrics): D1PreparedStatement {
  const measured = new Proxy(statement, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      if (property === 'bind') {
        return (...values: unknown[]) => measureStatement(value.apply(target, values), metrics);
      }
      if (typeof property === 'string' && EXECUTING.has(property)) {
        return (...args: unknown[]) => metrics.time(1, () => value.apply(target, args));
      }
      return value.bind(target);
    },
  });
  originals.set(measured, statement);
  return measured;
}

/** Wraps a D1 database or session so every query it runs is counted and timed in `metrics`. */
export function measureD1<T extends D1Target>(d1: T, metrics: D1Metrics): T {
  return new Proxy(d1, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      switch (property) {
        case 'prepare':
          return (query: string) => measureStatement(value.call(target, query), metrics);
        case 'batch':
          return (statements: D1PreparedStatement[]) =>
            metrics.time(statements.length, () => value.call(target, statements.map((s) => originals.get(s) ?? s)));
        case 'exec':
          return (query: string) => metrics.time(1, () => value.call(target, query));
        default:
          return value.bind(target);
      }
    },
  });
}
