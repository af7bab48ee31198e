import { Server as NetServer } from 'node:net';
import type { Server } from 'node:http';

// Connections the kernel accepted but a busy event loop has not picked up yet would be reset if the
// listener closed at once: it stays open this long.
const ACCEPT_MS = 500;

/**
 * Graceful stop for an HTTP server: every response from now on says `Connection: close`, the listener
 * closes after a moment, and each connection ends after its answer. No socket is closed as "idle":
 * one can hold a request the event loop has not parsed yet (the embedded database keeps the loop busy),
 * and Node's own `close()` would reset it. Keep-alive sockets left quiet end at the server's
 * `keepAliveTimeout`; past `graceMs`, whatever remains is closed.
 */
export function drainable(server: Server) {
  let draining = false;
  server.on('request', (_req, res) => {
    if (draining) res.setHeader('Connection', 'close');
  });
  return (graceMs: number) =>
    new Promise<void>((resolve) => {
      draining = true;
      const force = setTimeout(() => server.closeAllConnections(), graceMs);
      // `setImmediate` runs after the loop's I/O phase: connections waiting in the backlog are accepted first.
      setTimeout(
        () =>
          setImmediate(() =>
            NetServer.prototype.close.call(server, () => {
              clearTimeout(force);
              resolve();
            }),
          ),
        ACCEPT_MS,
      );
    });
}
