import { expect, type Page } from '@playwright/test';
import { signIn } from './session.ts';

export const TICKET = 'TICKET-1142';
export const NEW_PHONE = '07 98 76 54 32';

/**
 * The agent's day with Mme Dupont: finds her, corrects her phone, logs the call, all under one
 * ticket. Returns the purpose references the learner reads carried. Each journey gives its own
 * number: saving the number she already has would change nothing.
 */
/** Mme Dupont from the masked list: her name, since her address shows as `c•••@•••.fr`. */
export async function openMmeDupont(page: Page) {
  await page.locator('tbody tr').filter({ hasText: 'Claire' }).filter({ hasText: 'Dupont' }).first().click();
  await expect(page.getByRole('tab', { name: 'Identité' })).toBeVisible();
}

export async function answerMmeDupont(page: Page, newPhone = NEW_PHONE): Promise<(string | undefined)[]> {
  const purposes: (string | undefined)[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/trpc/learners.')) purposes.push(request.headers()['x-vigie-purpose-ref']);
  });
  await signIn(page, 'agent');
  await page.getByLabel('Référence').fill(TICKET);

  await page.getByRole('menuitem', { name: 'Stagiaires' }).click();
  await page.getByPlaceholder('Nom, e-mail ou téléphone').fill('dupont');
  await openMmeDupont(page);

  await page.getByRole('link', { name: 'Éditer' }).click();
  await page.getByLabel('Téléphone').fill(newPhone);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Élément mis à jour')).toBeVisible();
  // Saved, and shown masked like any contact detail: the last two digits only.
  await expect(page.getByText(`${newPhone.slice(0, 2)} •• •• •• ${newPhone.slice(-2)}`).first()).toBeVisible();

  await page.getByRole('button', { name: 'Nouvel échange' }).click();
  // Each journey's call has its own summary, so that it can be told from an earlier journey's.
  const summary = `Nouveau numéro (${newPhone}), accès au test de niveau expliqué.`;
  await page.getByRole('dialog').getByLabel('Résumé').fill(summary);
  await page.getByRole('dialog').getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Échange enregistré')).toBeVisible();
  await expect(page.locator('#main-content').getByText(summary)).toBeVisible();
  return purposes;
}
