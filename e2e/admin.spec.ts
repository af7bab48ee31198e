import { expect, test } from '@playwright/test';
import { menuItems, menus, signIn, signOut } from './session.ts';

test('the admin manages staff accounts under an access purpose, then signs out', async ({ page }) => {
  await signIn(page, 'admin');
  expect(await menuItems(page)).toEqual(menus.admin);

  await page.getByLabel('Référence').fill('ADM-2026-11');
  const listRead = page.waitForRequest((r) => r.url().includes('/trpc/staff.getList'));
  await page.getByRole('menuitem', { name: "Comptes de l'équipe" }).click();
  const headers = (await listRead).headers();
  expect(headers['x-vigie-purpose']).toBe('administration');
  expect(headers['x-vigie-purpose-ref']).toBe('ADM-2026-11');
  await expect(page.getByText('agent@vigie.test')).toBeVisible();

  await page.getByRole('link', { name: 'Créer' }).click();
  await page.getByRole('textbox', { name: 'E-mail' }).fill('nouvel.agent@vigie.test');
  await page.getByLabel('Nom affiché').fill('Lou Garnier');
  await page.getByLabel('Rôle').click();
  await page.getByRole('option', { name: 'Agent relation client' }).click();
  await page.getByLabel('Mot de passe initial').fill('un mot de passe solide');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Élément créé')).toBeVisible();

  await page.getByRole('menuitem', { name: "Comptes de l'équipe" }).click();
  await expect(page.getByText('nouvel.agent@vigie.test')).toBeVisible();
  await signOut(page);
});

test('retention preview skips the held learner', async ({ page }) => {
  await signIn(page, 'admin');
  await page.getByRole('menuitem', { name: 'Conservation' }).click();
  await expect(page).toHaveURL(/#\/retention$/);
  const policies = page.getByRole('table', { name: 'Politiques de conservation' });
  const signIns = policies.getByRole('row', { name: /Connexions à la plate-forme/ });
  await expect(signIns).toContainText('6 mois après la collecte');
  await expect(signIns).toContainText('Registre : Journaux d’accès et sécurité');

  await page.getByRole('button', { name: 'Aperçu (sans rien supprimer)' }).click();
  const preview = page.getByRole('table', { name: 'Aperçu (sans rien supprimer)' });
  const row = preview.getByRole('row', { name: /Connexions à la plate-forme/ });
  // The seed's fraud case: a blocked learner under a legal hold keeps its expired sign-ins.
  await expect(row).toContainText('Suspicion de fraude : dossier FR-2026-031');
  await expect(page.getByRole('table', { name: 'Dernières exécutions' })).toContainText('Aperçu');

  await page.getByRole('button', { name: 'Lancer maintenant' }).click();
  await expect(page.getByText('Purge terminée.')).toBeVisible({ timeout: 30_000 });
  const done = page.getByRole('table', { name: 'Purge terminée.' });
  await expect(done.getByRole('row', { name: /Connexions à la plate-forme/ })).toContainText('Suspicion de fraude');
  await page.screenshot({ path: 'test-results/retention.png', fullPage: true });
  await signOut(page);
});
