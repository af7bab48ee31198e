import { expect, test } from '@playwright/test';
import { demo, menuItems, menus, signIn, signOut } from './session.ts';

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

const CASE = 'FRAUDE-2026-12';
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test('the admin blocks a suspected fraud, investigates the last known IP, reveals who shares it, then unblocks', async ({ page }) => {
  await signIn(page, 'admin');
  await expect(page.getByRole('region', { name: 'Blocages à réexaminer' }).or(page.getByLabel('Blocages à réexaminer'))).toBeVisible();
  // A suspected fraud is the purpose of the whole case, from the learner's file on.
  await page.getByRole('combobox', { name: "Motif d'accès" }).click();
  await page.getByRole('option', { name: 'Enquête sur une fraude' }).click();
  await page.getByLabel('Référence').fill(CASE);

  await page.getByRole('menuitem', { name: 'Stagiaires' }).click();
  await page.getByPlaceholder('Nom, e-mail ou téléphone').fill('julien marchal');
  // Contact details are masked in the list: the row is found by the name.
  await page.locator('tbody tr', { hasText: 'Julien' }).first().click();

  // Blocking asks for a sentence and a review date.
  await page.getByRole('button', { name: 'Bloquer le compte' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Motif').fill('fraude');
  await dialog.getByLabel('Date de réexamen').fill(inDays(30));
  await dialog.getByRole('button', { name: 'Bloquer le compte' }).click();
  await expect(dialog.getByText('au moins 3 mots')).toBeVisible();
  const reason = 'Connexions nocturnes depuis une adresse partagée avec un autre compte.';
  await dialog.getByLabel('Motif').fill(reason);
  await dialog.getByRole('button', { name: 'Bloquer le compte' }).click();
  await expect(page.getByText('Compte bloqué', { exact: true }).first()).toBeVisible();
  const file = page.locator('#main-content');
  await expect(file.getByText(`par ${demo.admin.name} : ${reason}`).first()).toBeVisible();
  await expect(file.getByText(/Réexamen prévu le/)).toBeVisible();

  // The investigation opens at once: the session is already under the case's purpose and reference.
  const summary = page.waitForRequest((r) => r.url().includes('/trpc/investigations.getOne'));
  await page.getByRole('link', { name: 'Enquêter' }).click();
  const headers = (await summary).headers();
  expect(headers['x-vigie-purpose']).toBe('fraud_investigation');
  expect(headers['x-vigie-purpose-ref']).toBe(CASE);
  await expect(page.getByText('Dernière adresse IP connue : 198.18.0.7')).toBeVisible();
  await expect(page.getByText('Autres stagiaires vus depuis ces adresses : 1')).toBeVisible();
  await expect(page.getByText('Stagiaire A (1 adresse commune)')).toBeVisible();
  await expect(page.getByText('Roussel')).toHaveCount(0);

  // Who the other learner is: a reason first, then a read of its own.
  await page.getByRole('button', { name: 'Révéler leur identité' }).click();
  await page.getByRole('dialog').getByLabel('Motif de la levée de l’anonymat').fill('Vérifier si le compte est partagé avec un tiers.');
  const reveal = page.waitForResponse((r) => r.url().includes('/trpc/investigations.reveal'));
  await page.getByRole('dialog').getByRole('button', { name: 'Révéler leur identité' }).click();
  expect((await reveal).status()).toBe(200);
  await expect(page.getByText('Stagiaire A : Inès Roussel (ines.roussel@exemple.fr)')).toBeVisible();

  // Back on the file: the block is lifted with a reason, and both decisions stay in the history.
  await page.goBack();
  await page.getByRole('button', { name: 'Débloquer le compte' }).click();
  await page.getByRole('dialog').getByLabel('Motif').fill('Vérification faite : le compte est bien personnel.');
  await page.getByRole('dialog').getByRole('button', { name: 'Débloquer le compte' }).click();
  await expect(page.getByText('Compte débloqué')).toBeVisible();
  await expect(file.getByText(/^Déblocage le .* : Vérification faite/)).toBeVisible();
  await expect(file.getByText(/^Blocage le .* : Connexions nocturnes/)).toBeVisible();
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
  // The end-of-contract erasure reads its period from the register, and waits for the owner to turn it on.
  const learnerData = policies.getByRole('row', { name: /Données des apprenants en fin de contrat/ });
  await expect(learnerData).toContainText('Registre : Réalisation des formations');
  await expect(learnerData).toContainText('Désactivée');
  await expect(policies.getByRole('row', { name: /Journal d’audit/ })).toContainText('5 an(s) par mois scellés entiers');

  await page.getByRole('button', { name: 'Aperçu (sans rien supprimer)' }).click();
  const preview = page.getByRole('table', { name: 'Aperçu (sans rien supprimer)' });
  const row = preview.getByRole('row', { name: /Connexions à la plate-forme/ });
  // The seed's fraud case: a blocked learner under a legal hold keeps its expired sign-ins.
  await expect(row).toContainText('Suspicion de fraude : dossier FR-2026-031');
  await expect(page.getByRole('table', { name: 'Dernières exécutions' })).toContainText('Aperçu');
  // Beside each policy, the last preview's counts.
  await expect(policies.getByRole('row', { name: /Journal d’audit/ })).toContainText('0 partirai(en)t, 0 conservé(s)');

  await page.getByRole('button', { name: 'Lancer maintenant' }).click();
  await expect(page.getByText('Purge terminée.')).toBeVisible({ timeout: 30_000 });
  const done = page.getByRole('table', { name: 'Purge terminée.' });
  await expect(done.getByRole('row', { name: /Connexions à la plate-forme/ })).toContainText('Suspicion de fraude');
  await page.screenshot({ path: 'test-results/retention.png', fullPage: true });
  await signOut(page);
});
