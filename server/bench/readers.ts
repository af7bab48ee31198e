import { setTimeout as sleep } from 'node:timers/promises';
import { getListPath, getOnePath } from './http.ts';

/** An answer that carried personal data, by the request id the server gave it. */
export interface Served {
  requestId: string;
  at: number;
  /** 1 before the kill, 2 from the restarted server. */
  generation: number;
}

export interface Readers {
  generation: number;
  served: Served[];
  /** Answers without data (errors, empty lists). */
  refused: number;
  /** Requests that got no answer: the server was down or died mid-request. */
  failed: number;
  stop(): Promise<void>;
}

/** True when a tRPC answer carries records: one object, or a non-empty list. */
function carriesData(body: unknown): boolean {
  const data = (body as { result?: { data?: { data?: unknown } } } | null)?.result?.data?.data;
  return Array.isArray(data) ? data.length > 0 : typeof data === 'object' && data !== null;
}

const pick = <T>(values: T[]) => values[Math.floor(Math.random() * values.length)] as T;

/**
 * `count` clients reading personal data in a loop (3 shows for 1 list), each keeping the request id
 * of every answer that carried data. A request that fails is retried after 20 ms.
 */
export function startReaders(base: string, headers: Record<string, string>, ids: string[], count: number): Readers {
  let running = true;
  const readers: Readers = {
    generation: 1,
    served: [],
    refused: 0,
    failed: 0,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
  async function loop() {
    while (running) {
      const path = Math.random() < 0.75 ? getOnePath(pick(ids)) : getListPath(1 + Math.floor(Math.random() * 8));
      try {
        const response = await fetch(`${base}${path}`, { headers, signal: AbortSignal.timeout(5_000) });
        const requestId = response.headers.get('x-request-id');
        // Only a body read to its end counts: a server killed mid-answer has served nothing.
        const body: unknown = await response.json();
        if (response.status === 200 && requestId && carriesData(body)) {
          readers.served.push({ requestId, at: performance.now(), generation: readers.generation });
        } else {
          readers.refused += 1;
        }
      } catch {
        readers.failed += 1;
        await sleep(20);
      }
    }
  }
  const loops = Array.from({ length: count }, loop);
  return readers;
}
