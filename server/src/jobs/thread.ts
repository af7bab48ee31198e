import { parentPort } from 'node:worker_threads';
import { reportJobRuns } from '../audit/jobs.ts';
import { loadConfig } from '../config.ts';
import { openConfiguredDatabase } from '../server.ts';
import { startJobs } from './start.ts';

/** The jobs thread (jobs/start.ts): its own connections, the jobs, until the server's thread says stop. */
if (!parentPort) throw new Error('jobs/thread.ts runs as a worker thread');
const port = parentPort;
const config = loadConfig();
const database = await openConfiguredDatabase(config, false);
reportJobRuns((run) => port.postMessage({ jobRun: run }));
const stop = startJobs(database.db, config, () => new Date());
port.once('message', async () => {
  await stop();
  await database.close();
  port.close();
});
