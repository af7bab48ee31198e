import type { Database } from '@vigie/db';
import { describe, expect, it } from 'vitest';
import { sharedWhileRunning } from './in-flight.ts';

/** A read whose answers the test releases by hand, counting how often it ran. */
function controlledRead() {
  const started: { key: string; resolve: (value: string) => void; reject: (error: Error) => void }[] = [];
  const read = sharedWhileRunning(
    (_db: Database, key: string) => new Promise<string>((resolve, reject) => started.push({ key, resolve, reject })),
    (key) => key,
  );
  return { read, started };
}

const db = {} as Database;
const otherDb = {} as Database;

describe('a read shared while it runs', () => {
  it('answers the calls that come while it runs, with one read', async () => {
    const { read, started } = controlledRead();
    const calls = [read(db, 'a'), read(db, 'a'), read(db, 'a')];
    expect(started).toHaveLength(1);
    started[0]?.resolve('answer');
    expect(await Promise.all(calls)).toEqual(['answer', 'answer', 'answer']);
  });

  it('reads again once it has ended: nothing is kept', async () => {
    const { read, started } = controlledRead();
    const first = read(db, 'a');
    started[0]?.resolve('before');
    await first;
    const second = read(db, 'a');
    expect(started).toHaveLength(2);
    started[1]?.resolve('after');
    expect(await second).toBe('after');
  });

  it('shares a failure with the calls that waited for it, and the next call reads again', async () => {
    const { read, started } = controlledRead();
    const calls = [read(db, 'a'), read(db, 'a')];
    started[0]?.reject(new Error('database gone'));
    const outcomes = await Promise.allSettled(calls);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    void read(db, 'a');
    expect(started).toHaveLength(2);
  });

  it('never shares between keys or databases', () => {
    const { read, started } = controlledRead();
    void read(db, 'a');
    void read(db, 'b');
    void read(otherDb, 'a');
    expect(started.map((s) => s.key)).toEqual(['a', 'b', 'a']);
  });
});
