import type { inferRouterOutputs } from '@trpc/server';
import { staffRoles } from '@vigie/domain/roles';
import type { AppRouter } from '@vigie/server';

/** A staff account as the server sends it: the router's type, so the two cannot drift apart. */
export type Staff = inferRouterOutputs<AppRouter>['staff']['getOne']['data'];

/** SelectInput translates `name`, so each role shows as `vigie.roles.<role>` in the current locale. */
export const roleChoices = staffRoles.map((id) => ({ id, name: `vigie.roles.${id}` }));

/** The server's minimum too; checked here so the form says so before any round trip. */
export const passwordMinLength = 12;
