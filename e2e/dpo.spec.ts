import { test } from '@playwright/test';
import { homeJourney } from './session.ts';

test('the dpo signs in, sees its own menu, and signs out', async ({ page }) => {
  await homeJourney(page, 'dpo');
});
