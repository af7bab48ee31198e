import { expect, test } from '@playwright/test';
import { apiAs } from './api.ts';
import { answerMmeDupont, NEW_PHONE, TICKET } from './journeys.ts';
import { watchConsole } from './checks.ts';
import { homeJourney, signIn } from './session.ts';

test('the agent signs in, sees the agent menu, and signs out', async ({ page }) => {
  await homeJourney(page, 'agent');
});

type AuditRow = { action: string; entity: string | null; fields: string[]; purposeCode: string | null; purposeRef: string | null };

test('the agent answers Mme Dupont: finds her, corrects her phone, logs the call', async ({ page, request }) => {
  const purposes = await answerMmeDupont(page);
  expect(purposes.length).toBeGreaterThan(0);
  expect(new Set(purposes)).toEqual(new Set([TICKET]));

  // A second check: the audit rows of that journey, as the DPO reads them over the API.
  const dpo = await apiAs(request, 'dpo');
  const { data } = await dpo.query<{ data: AuditRow[] }>(
    'audit.getList',
    { pagination: { page: 1, perPage: 200 }, sort: { field: 'occurredAt', order: 'DESC' }, filter: { purposeRef: TICKET } },
    { purpose: 'audit_review' },
  );
  const learnerReads = data.filter((row) => row.entity === 'learners' && row.action === 'read');
  expect(learnerReads.length).toBeGreaterThan(0);
  expect(learnerReads.every((row) => row.purposeCode === 'learner_request' && row.purposeRef === TICKET)).toBe(true);
  expect(data.filter((row) => row.action === 'update' && row.entity === 'learners')).toMatchObject([{ fields: ['phone'] }]);
  expect(data.filter((row) => row.action === 'create' && row.entity === 'interactions')).toHaveLength(1);
  // Field names, never values: neither the new number nor its digits are in the log.
  const text = JSON.stringify(data);
  expect(text).not.toContain(NEW_PHONE);
  expect(text).not.toContain(NEW_PHONE.replace(/ /g, ''));
});

test("the agent corrects an employer contact's phone from the employer's page", async ({ page }) => {
  await signIn(page, 'agent');
  await page.getByRole('menuitem', { name: 'Employeurs' }).click();
  await page.locator('tbody tr').first().click();
  await page.getByRole('link', { name: 'Éditer' }).first().click();
  await page.getByLabel('Téléphone').fill('04 72 00 11 22');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Élément mis à jour')).toBeVisible();
  await expect(page).toHaveURL(/#\/employers\/[0-9a-f-]+\/show/);
  await expect(page.getByText('04 •• •• •• 22')).toBeVisible();
});

test("the agent reveals a prospect's phone from the masked list, and corrects her company without touching it", async ({ page }) => {
  await signIn(page, 'agent');
  await page.getByRole('menuitem', { name: 'Prospects' }).click();
  const row = page.locator('tbody tr').first();
  const masked = (await row.locator('td').nth(3).getByTitle(/^Masqué/).innerText()).trim();
  expect(masked).toMatch(/^0\d ([•]{2} ){3}\d{2}$/);
  await row.locator('td').nth(3).getByRole('button', { name: 'Afficher' }).click();
  await expect(row.locator('td').nth(3)).toHaveText(/^0\d( \d{2}){4}$/);
  await row.getByRole('link', { name: 'Éditer' }).click();
  await page.getByLabel('Entreprise').fill('Société Témoin');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Élément mis à jour')).toBeVisible();
  // The masked phone and e-mail in the form were not sent back as a correction.
  await expect(page.locator('tbody tr').filter({ hasText: 'Société Témoin' }).locator('td').nth(3).getByTitle(/^Masqué/)).toHaveText(masked);
});

test("the agent opens a request from the learner's file, attached to her, and finds the DPO's pages closed", async ({ page }) => {
  const consoleMessages = watchConsole(page);
  await signIn(page, 'agent');
  await page.getByRole('menuitem', { name: 'Stagiaires' }).click();
  // The first learner of the list, not Mme Dupont: the DPO's journeys count her requests.
  await page.locator('tbody tr').first().click();
  // The file is open once its consents show.
  await expect(page.getByText("Accepte la lettre d'information")).toBeVisible();

  await page.getByRole('link', { name: 'Ouvrir une demande' }).click();
  await expect(page.getByText('Demande rattachée au stagiaire :')).toBeVisible();
  const requester = page.getByRole('textbox', { name: 'Demandeur', exact: true });
  await expect(requester).toHaveValue(/\S+ \S+/);
  const lastName = (await requester.inputValue()).split(' ').at(-1) ?? '';
  await page.getByRole('checkbox', { name: 'Accès' }).check();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Élément créé')).toBeVisible();
  await expect(page.locator('#main-content').getByText(lastName).first()).toBeVisible();
  await expect(page.getByText('Aucun stagiaire ne correspond')).toHaveCount(0);

  for (const path of ['/#/extractions', '/#/integrite', '/#/activite']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Non autorisé' })).toBeVisible();
  }
  expect(consoleMessages()).toEqual([]);
});
