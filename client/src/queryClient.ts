import { QueryClient } from '@tanstack/react-query';

/**
 * A refused read (400 missing purpose, 401, 403, 404) will be refused again: retrying only adds
 * noise to the audit and delays the message. Server and network failures get two more tries.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failureCount, error) => failureCount < 2 && !isClientError(error),
    },
  },
});

function isClientError(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}
