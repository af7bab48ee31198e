import { createTRPCClient, getUntypedClient, httpLink } from '@trpc/client';
import type { AppRouter } from '@vigie/server';
import { sessionPurpose } from './purpose/sessionPurpose.ts';

/**
 * One request per call (no batching): each read is audited with its own purpose headers, and a
 * batch would mix a refused read with accepted ones in one HTTP status.
 */
export const trpc = createTRPCClient<AppRouter>({
  links: [
    httpLink({
      url: '/trpc',
      // Read at call time, so a purpose chosen a second ago applies to the very next request.
      headers: () => ({ 'x-vigie-csrf': '1', ...sessionPurpose.headers() }),
    }),
  ],
});

/** The same client addressed by procedure path, for the generic dataProvider. */
export const trpcByPath = getUntypedClient(trpc);
