import type { PersonalDataDeclaration } from '../personal-data.ts';
import { staffPersonalData } from './staff.ts';

export * from './staff.ts';
export * from './auth.ts';
export * from './audit.ts';

/** Every personal-data declaration; the audited gateway and the router test read this list. */
export const personalDataDeclarations: PersonalDataDeclaration[] = [staffPersonalData];
