export * from './audit-append.ts';
export * from './client.ts';
export * from './rows.ts';
export * from './scratch.ts';
export * from './personal-data.ts';
export * as schema from './schema/index.ts';
export * from './privileges.ts';
