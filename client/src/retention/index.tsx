import { lazy } from 'react';

/** The "Conservation" screen, at `/#/retention`, for whoever may list `retention` (admins and the DPO). */
export const RetentionPage = lazy(() => import('./RetentionPage.tsx'));
export const retentionRoute = { path: '/retention', label: 'vigie.retention.menu' } as const;
