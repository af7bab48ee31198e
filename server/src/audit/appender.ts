import { type AuditRow, auditAppendRows, type Database } from '@vigie/db';
import { auditHealth } from './health.ts';

// A bound on one statement's arrays; under any load seen so far a batch holds a few dozen rows.
const MAX_ROWS = 500;

interface Queued {
  row: AuditRow;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Appends the rows of every read that finished while the previous append was being written, in one
 * statement and one commit (group commit): a transaction per read cost the database four statements
 * and a WAL flush each. The caller awaits its own rows; the answer leaves only once they are committed.
 */
class AuditAppender {
  private queue: Queued[] = [];
  private writing = false;

  constructor(private readonly db: Database) {}

  append(rows: readonly AuditRow[]): Promise<void> {
    const appended = Promise.all(rows.map((row) => new Promise<void>((resolve, reject) => this.queue.push({ row, resolve, reject }))));
    if (!this.writing) this.writeNext();
    return appended.then(() => undefined);
  }

  private writeNext() {
    const batch = this.queue.splice(0, MAX_ROWS);
    if (batch.length === 0) {
      this.writing = false;
      return;
    }
    this.writing = true;
    void this.write(batch).finally(() => this.writeNext());
  }

  private async write(batch: Queued[]): Promise<void> {
    try {
      await this.db.execute(auditAppendRows(batch.map((q) => q.row)));
      for (const queued of batch) queued.resolve();
      auditHealth.written(batch.length);
    } catch (error) {
      // A batch is all or nothing: each row is tried on its own, so that one bad row fails its read only.
      if (batch.length > 1) {
        await Promise.all(batch.map((queued) => this.write([queued])));
        return;
      }
      auditHealth.failed(error);
      batch[0]?.reject(error);
    }
  }
}

const appenders = new WeakMap<Database, AuditAppender>();

/** Writes `rows` with the other reads' rows of the moment; resolves once they are committed. */
export function appendAuditRows(db: Database, rows: readonly AuditRow[]): Promise<void> {
  let appender = appenders.get(db);
  if (!appender) {
    appender = new AuditAppender(db);
    appenders.set(db, appender);
  }
  return appender.append(rows);
}
