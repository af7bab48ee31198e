import { test } from '@playwright/test';
import { homeJourney } from './session.ts';

test('the manager signs in, sees only the dashboard, and signs out', async ({ page }) => {
  await homeJourney(page, 'manager');
});
