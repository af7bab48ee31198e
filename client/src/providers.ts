import { defaultPurpose } from '@vigie/domain/access';
import { createAuthProvider } from './authProvider.ts';
import { createDataProvider } from './dataProvider.ts';
import { i18nProvider } from './i18n.ts';
import { sessionPurpose } from './purpose/sessionPurpose.ts';
import { trpc, trpcByPath } from './trpc.ts';

export const dataProvider = createDataProvider(trpcByPath);

export const authProvider = createAuthProvider(
  {
    login: (input) => trpc.auth.login.mutate(input),
    logout: () => trpc.auth.logout.mutate(),
    me: (signal) => trpc.auth.me.query(undefined, { signal }),
  },
  {
    translate: (key, options) => i18nProvider.translate(key, options),
    // Set before the first page renders, so even a deep link's first read carries a purpose.
    onSignedIn: ({ role }) => sessionPurpose.ensureDefault(defaultPurpose[role]),
    // The next person in this tab must not inherit the previous one's declared purpose.
    onSignedOut: () => sessionPurpose.clear(),
  },
);
