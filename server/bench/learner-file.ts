import { Agent, request } from 'node:http';
import { percentile } from './percentile.ts';

/** A learner as the file's calls need it. */
export interface FileSubject {
  id: string;
  employerId: string | null;
}

const query = (procedure: string, input: unknown) => `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;
const tab = (id: string, field: string, perPage: number) => ({
  target: 'learnerId',
  id,
  pagination: { page: 1, perPage },
  sort: { field, order: 'DESC' },
  filter: {},
});

/**
 * What an agent's browser asks for when it opens a learner's file and each of its tabs (recorded in
 * Chromium on the built SPA): the identity, the photo, the employer and groups of the profile, then
 * contracts, attendance with its milestones, assessments, service-desk contacts and sign-ins.
 */
export function learnerFilePaths({ id, employerId }: FileSubject): string[] {
  return [
    query('learners.getOne', { id }),
    query('learners.getPhoto', { id }),
    ...(employerId ? [query('employers.getMany', { ids: [employerId] })] : []),
    query('groups.getManyReference', tab(id, 'id', 20)),
    query('contracts.getManyReference', tab(id, 'startDate', 10)),
    query('attendance.milestones', { learnerId: id }),
    query('attendance.getManyReference', tab(id, 'sessionAt', 25)),
    query('assessments.getManyReference', tab(id, 'assessedOn', 25)),
    query('interactions.getManyReference', tab(id, 'occurredAt', 25)),
    query('accessLogs.getManyReference', tab(id, 'occurredAt', 25)),
  ];
}

export interface FileFigures {
  calls: number;
  files: number;
  filesPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** 404s: a learner with no photo answers so, as in the browser. */
  notFound: number;
  /** Any other answer but a 200. */
  failed: number;
}

/** A GET over a kept-alive connection, its body read to the end; resolves with the status. */
function get(agent: Agent, url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers }, (res) => {
      res.on('error', reject).on('end', () => resolve(res.statusCode ?? 0)).resume();
    });
    req.on('error', reject).end();
  });
}

/**
 * `users` agents, each opening one learner's file after another with all of its calls at once (as a
 * browser would with every tab visited): the time until the last answer is the file's time. The calls go
 * through node:http, not fetch: the agents' browsers are not on the server's cores, and fetch cost this
 * process 0.2 ms of CPU per call, a third of what the server spends on it.
 */
export async function loadLearnerFiles(
  baseUrl: string,
  subjects: FileSubject[],
  /** One session per agent. */
  headers: Record<string, string>[],
  options: { users: number; seconds: number },
): Promise<FileFigures> {
  const times: number[] = [];
  let failed = 0;
  let notFound = 0;
  let calls = 0;
  const until = performance.now() + options.seconds * 1000;
  const agent = new Agent({ keepAlive: true, maxSockets: options.users * 12 });
  const user = async (offset: number) => {
    for (let i = offset; performance.now() < until; i += options.users) {
      const paths = learnerFilePaths(subjects[i % subjects.length] as FileSubject);
      calls = paths.length;
      const started = performance.now();
      const own = headers[offset % headers.length] as Record<string, string>;
      const answers = await Promise.all(paths.map((path) => get(agent, `${baseUrl}${path}`, own)));
      times.push(performance.now() - started);
      notFound += answers.filter((status) => status === 404).length;
      failed += answers.filter((status) => status !== 200 && status !== 404).length;
    }
  };
  await Promise.all(Array.from({ length: options.users }, (_, i) => user(i)));
  agent.destroy();
  times.sort((x, y) => x - y);
  const round = (ms: number) => Number(ms.toFixed(1));
  return {
    calls,
    files: times.length,
    filesPerSecond: Math.round(times.length / options.seconds),
    p50Ms: round(percentile(times, 0.5)),
    p95Ms: round(percentile(times, 0.95)),
    p99Ms: round(percentile(times, 0.99)),
    notFound,
    failed,
  };
}
