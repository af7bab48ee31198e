import { consolePurpose } from '@vigie/domain/access';
import { useLocation } from 'react-admin';

// The journal, the activity per person and the integrity screens read under the audit review
// whatever the session's purpose (server/src/audit/router.ts).
const consoleScreens = ['/audit', '/activite', '/integrite'];

/** The purpose the current screen imposes on its reads, if it imposes one. */
export function useForcedPurpose(): string | null {
  const { pathname } = useLocation();
  return consoleScreens.some((screen) => pathname === screen || pathname.startsWith(`${screen}/`)) ? consolePurpose : null;
}
