import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * What Prometheus scrapes from this process (`GET /metrics`). Labels are procedure names, HTTP
 * statuses and job names only: never an id, an input or anything about a person.
 */
export const metrics = new Registry();

export const requests = new Counter({
  name: 'vigie_http_requests_total',
  help: 'API requests answered, by procedure and HTTP status.',
  labelNames: ['procedure', 'status'] as const,
  registers: [metrics],
});

export const requestSeconds = new Histogram({
  name: 'vigie_http_request_duration_seconds',
  help: 'Time to answer an API request, by procedure.',
  labelNames: ['procedure'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metrics],
});

export const auditRows = new Counter({
  name: 'vigie_audit_rows_total',
  help: 'Audit rows written, and attempts that failed (the caller then got an error and no data).',
  labelNames: ['outcome'] as const,
  registers: [metrics],
});

export const jobRuns = new Counter({
  name: 'vigie_job_runs_total',
  help: "Runs of each background job in this process, by outcome (a run that found another process's lock counts as ok).",
  labelNames: ['job', 'outcome'] as const,
  registers: [metrics],
});

export const jobLastRun = new Gauge({
  name: 'vigie_job_last_run_timestamp_seconds',
  help: 'When each background job last finished in this process (Unix time).',
  labelNames: ['job'] as const,
  registers: [metrics],
});

export const jobLastOk = new Gauge({
  name: 'vigie_job_last_run_ok',
  help: "1 if the job's last run in this process succeeded, 0 if it failed.",
  labelNames: ['job'] as const,
  registers: [metrics],
});

/** A background job's run, counted in this process's registry. */
export function countJobRun(job: string, ok: boolean, at = Date.now()) {
  jobRuns.inc({ job, outcome: ok ? 'ok' : 'failed' });
  jobLastRun.set({ job }, at / 1000);
  jobLastOk.set({ job }, ok ? 1 : 0);
}
