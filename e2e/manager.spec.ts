import { test } from '@playwright/test';
import { homeJourney } from './session.ts';

test('the manager signs in, sees its own menu, and signs out', async ({ page }) => {
  await homeJourney(page, 'manager');
});
