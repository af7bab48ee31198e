import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { apiAs } from './api.ts';
import { answerMmeDupont, openMmeDupont, TICKET } from './journeys.ts';
import { homeJourney, signIn, signOut } from './session.ts';

test('the dpo signs in, sees its own menu, and signs out', async ({ page }) => {
  await homeJourney(page, 'dpo');
});

test('the dpo opens the register, checks the Google transfer, adds a processor with its contract, exports the register', async ({
  page,
}) => {
  await signIn(page, 'dpo');

  await page.getByRole('menuitem', { name: 'Registre des traitements' }).click();
  await page.getByText('Mesure d’audience du site Internet').click();
  await expect(page.getByText('Google (Google Analytics)')).toBeVisible();
  await expect(page.getByText(/Hors UE\/EEE : Clauses contractuelles types – .*2021\/914/)).toBeVisible();

  await page.getByRole('menuitem', { name: 'Sous-traitants' }).click();
  await page.getByRole('link', { name: 'Créer' }).click();
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Traductions Lemaire');
  await page.getByRole('textbox', { name: 'Prestation' }).fill('Traduction des supports de cours');
  await page.getByRole('textbox', { name: 'Pays', exact: true }).fill('BE');
  await page.getByRole('combobox', { name: 'Catégories de données' }).click();
  await page.getByRole('option', { name: 'Données pédagogiques' }).click();
  await page.keyboard.press('Escape');
  await page.getByLabel('Contrat signé le').fill('2026-01-15');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Élément créé')).toBeVisible();
  await expect(page.getByText('Aucun contrat signé enregistré (date de signature et PDF signé)')).toBeVisible();

  await page.getByTestId('contract-file').setInputFiles({
    name: 'contrat-lemaire.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
  });
  await expect(page.getByText('Contrat signé enregistré')).toBeVisible();
  await expect(page.getByText('Aucun point à corriger.')).toBeVisible();

  await page.getByRole('menuitem', { name: 'Registre des traitements' }).click();
  await page.getByRole('link', { name: 'Registre (export)' }).click();
  await expect(page.getByRole('heading', { name: 'Registre des activités de traitement' }).last()).toBeVisible();
  await expect(page.getByText('Fiche n° 1 – ', { exact: false })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Télécharger (CSV)' }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8');
  for (const name of ['Réalisation des formations', 'Mesure d’audience du site Internet', 'Rapports aux employeurs']) {
    expect(csv).toContain(name);
  }
  expect(csv).toContain('Google (Google Analytics) (US) – Clauses contractuelles types');
});

test("the dpo hands the newsletter's audience to Brevo from its page, and the last transfer follows", async ({ page }) => {
  await signIn(page, 'dpo');
  await page.getByRole('menuitem', { name: 'Sous-traitants' }).click();
  await page.getByText('Brevo (ex-Sendinblue)').first().click();
  await expect(page.getByText('Dernier transfert')).toBeVisible();
  await expect(page.getByText(/^Transfert tracé sous le motif « Envoi de la lettre d.information »$/)).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporter l’audience (CSV Brevo)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^audience-brevo-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = readFileSync(await download.path(), 'utf8').trim().split('\r\n');
  expect(lines[0]).toBe('EMAIL;PRENOM;NOM');
  const count = lines.length - 1;
  expect(count).toBeGreaterThan(0);
  await expect(page.getByText(new RegExp(`Le .* : ${count} personnes?$`))).toBeVisible();
  await page.screenshot({ path: 'test-results/dpo-newsletter-transfer.png', fullPage: true });
});

test("the dpo finds the agent's reads of Mme Dupont, reviews a flagged read, and verifies the log", async ({ page, request }) => {
  await answerMmeDupont(page, '07 11 22 33 44');
  await page.goto('/');
  await signOut(page);
  // A read under "Autre" with no reference: the rules flag it for review.
  const agent = await apiAs(request, 'agent');
  await agent.query('learners.getList', { pagination: { page: 1, perPage: 5 }, sort: { field: 'lastName', order: 'ASC' }, filter: { q: 'dupont' } }, { purpose: 'other' });

  await signIn(page, 'dpo');
  await page.getByRole('menuitem', { name: 'Stagiaires' }).click();
  await page.getByPlaceholder('Nom, e-mail ou téléphone').fill('dupont');
  await openMmeDupont(page);
  await page.getByRole('tab', { name: 'Accès' }).click();
  const history = page.locator('#main-content');
  await expect(history.getByText('Camille Martin (Agent relation client)').first()).toBeVisible();
  await expect(history.getByText(`Demande de l'apprenant · ${TICKET}`).first()).toBeVisible();
  await expect(history.getByRole('row').filter({ hasText: 'Modification' }).filter({ hasText: 'Téléphone' }).first()).toBeVisible();

  await page.getByRole('menuitem', { name: 'Anomalies' }).click();
  await page.goto(`/#/anomalies?filter=${encodeURIComponent(JSON.stringify({ status: 'pending', rule: 'other_without_reference' }))}`);
  // The rules' job reads each event a few seconds after it is sealed.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('button', { name: 'Marquer comme examiné' }).first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByText('Motif « Autre » sans référence').first()).toBeVisible();
  await page.getByRole('button', { name: 'Marquer comme examiné' }).first().click();
  await page.getByRole('dialog').getByLabel("Note d'examen").fill("Recherche faite au téléphone, l'agent a oublié le n° de ticket.");
  await page.getByRole('dialog').getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Signalement examiné')).toBeVisible();

  await page.getByRole('menuitem', { name: 'Intégrité du journal' }).click();
  await page.getByRole('button', { name: 'Vérifier maintenant' }).click();
  await expect(page.getByText(/Chaîne intègre : [\d\s ]+ lignes vérifiées/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('checkpoint')).toHaveText(/^\d+:[0-9a-f]{64}$/);

  // The dashboard says the same at a glance, and charts the agent's reads.
  await page.getByRole('menuitem', { name: 'Tableau de bord' }).click();
  await expect(page.getByLabel('Intégrité du journal').getByText('intègre')).toBeVisible();
  await expect(page.getByTestId('open-anomalies')).toHaveText(/^\d+$/);
  await expect(page.getByLabel('Consultations de données personnelles (30 jours)').getByText('Agent relation client').first()).toBeVisible();
  await page.getByRole('link', { name: "Ouvrir la file d'examen" }).click();
  await expect(page).toHaveURL(/#\/anomalies/);
});

test('a restriction request: the agent opens and verifies it, the DPO extends it and restricts the learner', async ({
  page,
}) => {
  await signIn(page, 'agent');
  await page.getByRole('menuitem', { name: "Demandes d'exercice de droits" }).click();
  await page.getByRole('link', { name: 'Créer' }).click();
  await page.getByRole('textbox', { name: 'Demandeur', exact: true }).fill('Claire Dupont');
  await page.getByLabel('E-mail du demandeur').fill('claire.dupont@exemple.fr');
  await page.getByLabel('Limitation').check();
  await page.getByRole('textbox', { name: 'Demande', exact: true }).fill('Je conteste l’exactitude de mon poste ; gelez mes données.');
  await page.getByRole('button', { name: 'Enregistrer' }).click();

  // The learner is matched from the suggestions, then the identity is checked.
  const suggestions = page.getByLabel('Stagiaires possibles');
  await expect(suggestions.getByText('Dupont').first()).toBeVisible();
  await suggestions.getByRole('button', { name: 'Rattacher' }).first().click();
  await expect(page.getByText('Stagiaire rattaché', { exact: true }).first()).toBeVisible();
  await page.getByRole('button', { name: "Vérifier l'identité" }).click();
  await page.getByRole('dialog').getByRole('button', { name: "Vérifier l'identité" }).click();
  await expect(page.getByLabel('Historique').getByText('Identité vérifiée → En cours')).toBeVisible();
  const requestUrl = page.url();
  const learnerHref = await page.locator('a[href*="#/learners/"]').first().getAttribute('href');
  expect(learnerHref).toBeTruthy();
  await page.goto('/');
  await signOut(page);

  // The DPO extends the deadline, then restricts the learner.
  await signIn(page, 'dpo');
  await expect(page.getByLabel("Demandes d'exercice de droits en cours").getByText('Claire Dupont')).toBeVisible();
  await page.goto(requestUrl);
  await page.getByRole('button', { name: 'Prolonger le délai' }).click();
  await page.getByRole('dialog').getByLabel('Motif de la prolongation').fill('Vérification auprès de l’employeur.');
  await page.getByRole('dialog').getByRole('button', { name: 'Prolonger le délai' }).click();
  await expect(page.getByLabel('Historique').getByText('Délai prolongé → Prolongée')).toBeVisible();
  await page.getByRole('button', { name: 'Limiter le traitement' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Limiter le traitement' }).click();
  await expect(page.getByLabel('Historique').getByText('Traitement limité')).toBeVisible();
  await page.goto(`/${learnerHref}`);
  await expect(page.getByText('Restreint (RGPD art. 18)')).toBeVisible();
  await page.goto('/');
  await signOut(page);

  // The agent's read of the restricted learner is refused, with the reason.
  await signIn(page, 'agent');
  await page.goto(`/${learnerHref}`);
  await expect(page.getByText(/Traitement limité \(RGPD, art\. 18\)/)).toBeVisible();
  await page.goto('/');
  await signOut(page);

  // Lifted again, so the other journeys find Mme Dupont as before.
  await signIn(page, 'dpo');
  await page.goto(requestUrl);
  await page.getByRole('button', { name: 'Lever la limitation' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Lever la limitation' }).click();
  await expect(page.getByLabel('Historique').getByText('Limitation levée')).toBeVisible();
});

test('an access request, from receipt to the downloaded answer', async ({ page }) => {
  await signIn(page, 'agent');
  await page.getByRole('menuitem', { name: "Demandes d'exercice de droits" }).click();
  await page.getByRole('link', { name: 'Créer' }).click();
  await page.getByRole('textbox', { name: 'Demandeur', exact: true }).fill('Claire Dupont');
  await page.getByLabel('E-mail du demandeur').fill('claire.dupont@exemple.fr');
  await page.getByLabel('Accès', { exact: true }).check();
  await page.getByRole('textbox', { name: 'Demande', exact: true }).fill('Je voudrais une copie de toutes mes données.');
  await page.getByRole('button', { name: 'Enregistrer' }).click();

  const suggestions = page.getByLabel('Stagiaires possibles');
  await suggestions.getByRole('button', { name: 'Rattacher' }).first().click();
  await expect(page.getByText('Stagiaire rattaché', { exact: true }).first()).toBeVisible();
  await page.getByRole('button', { name: "Vérifier l'identité" }).click();
  await page.getByRole('dialog').getByRole('button', { name: "Vérifier l'identité" }).click();
  await expect(page.getByLabel('Historique').getByText('Identité vérifiée → En cours')).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Produire la réponse (zip)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^donnees-personnelles-\d{4}-\d{2}-\d{2}\.zip$/);
  // A zip names its files in clear in its directory: the data, the per-category CSVs, the letter.
  const zip = readFileSync(await download.path());
  expect(zip.subarray(0, 2).toString()).toBe('PK');
  for (const name of ['donnees.json', 'categories/identity.csv', 'lettre.html', 'acces.csv']) {
    expect(zip.includes(Buffer.from(name))).toBe(true);
  }
  await expect(page.getByLabel('Historique').getByText('Demande exécutée')).toBeVisible();
  await expect(page.getByRole('button', { name: /Télécharger \(jusqu'au/ })).toBeVisible();
});

test('an erasure request: the DPO previews what goes and what stays, approves, and prints the written answer', async ({
  page,
  request,
}) => {
  // A learner of the demo data other than Mme Dupont, whom the other journeys need as she is.
  const dpoApi = await apiAs(request, 'dpo');
  const { data: learners } = await dpoApi.query<{ data: { id: string; lastName: string; firstName: string; email: string }[] }>(
    'learners.getList',
    { pagination: { page: 1, perPage: 5 }, sort: { field: 'lastName', order: 'DESC' }, filter: { status: 'active' } },
    { purpose: 'dsr' },
  );
  const learner = learners.find((l) => !(l.lastName === 'Dupont' && l.firstName === 'Claire'));
  if (!learner) throw new Error('no demo learner to erase');
  // Lists mask the address: the requester's is revealed, one audited read, as a DPO would.
  const { data: email } = await dpoApi.query<{ data: { value: string } }>('learners.reveal', { id: learner.id, field: 'email' }, { purpose: 'dsr' });

  await signIn(page, 'dpo');
  await page.getByRole('menuitem', { name: "Demandes d'exercice de droits" }).click();
  await page.getByRole('link', { name: 'Créer' }).click();
  await page.getByRole('textbox', { name: 'Demandeur', exact: true }).fill(`${learner.firstName} ${learner.lastName}`);
  await page.getByLabel('E-mail du demandeur').fill(email.value);
  await page.getByLabel('Effacement').check();
  await page.getByRole('textbox', { name: 'Demande', exact: true }).fill('Je ne suis plus vos cours : effacez mes données.');
  await page.getByRole('button', { name: 'Enregistrer' }).click();

  const suggestions = page.getByLabel('Stagiaires possibles');
  await expect(suggestions.getByText(learner.lastName).first()).toBeVisible();
  await suggestions.getByRole('button', { name: 'Rattacher' }).first().click();
  await expect(page.getByText('Stagiaire rattaché', { exact: true }).first()).toBeVisible();
  await page.getByRole('button', { name: "Vérifier l'identité" }).click();
  await page.getByRole('dialog').getByRole('button', { name: "Vérifier l'identité" }).click();
  await expect(page.getByLabel('Historique').getByText('Identité vérifiée → En cours')).toBeVisible();

  // The preview: per category, erased or kept, with the ground and the date.
  await page.getByRole('button', { name: "Prévisualiser l'effacement" }).click();
  const preview = page.getByRole('dialog');
  await expect(preview.getByRole('heading', { name: /ce qui sera effacé et ce qui sera conservé/ })).toBeVisible();
  await expect(preview.getByRole('row').filter({ hasText: 'Coordonnées' }).first()).toContainText('Effacé');
  await expect(preview.getByRole('row').filter({ hasText: 'Dossier de la demande' }).first()).toContainText('art. 2224');
  await preview.getByRole('button', { name: 'Approuver et effacer' }).click();
  await page.getByRole('dialog').filter({ hasText: 'Effacer les données du stagiaire ?' }).getByRole('button', { name: 'Approuver et effacer' }).click();

  // The written answer, printable, and reachable again from the request.
  await expect(page).toHaveURL(/#\/requests\/[0-9a-f-]+\/effacement$/);
  const letter = page.frameLocator('iframe[title="Réponse écrite à la demande d\'effacement"]');
  await expect(letter.getByText(/Objet : réponse à votre demande d’effacement/)).toBeVisible();
  await expect(letter.getByRole('heading', { name: '1. Données effacées' })).toBeVisible();
  await expect(letter.getByRole('heading', { name: '2. Données conservées' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeVisible();
  await page.goBack();
  await expect(page.getByLabel('Historique').getByText('Demande exécutée')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Réponse écrite' })).toBeVisible();
});

test("an agent reveals Mme Dupont's phone number, and the DPO finds exactly that reveal in her \"Accès\" tab", async ({ page }) => {
  const reference = `REVEAL-${Date.now()}`;
  await signIn(page, 'agent');
  await page.getByLabel('Référence').fill(reference);
  await page.getByRole('menuitem', { name: 'Stagiaires' }).click();
  await page.getByPlaceholder('Nom, e-mail ou téléphone').fill('dupont');
  await openMmeDupont(page);
  const main = page.locator('#main-content');
  await expect(main.getByText(/^\d\d •• •• •• \d\d$/)).toBeVisible();
  // E-mail first, then phone: the second "Afficher" is the phone's.
  await main.getByRole('button', { name: 'Afficher' }).nth(1).click();
  await expect(main.getByRole('link', { name: /^\d\d \d\d \d\d \d\d \d\d$/ })).toBeVisible();
  await signOut(page);

  await signIn(page, 'dpo');
  await page.getByRole('menuitem', { name: 'Stagiaires' }).click();
  await page.getByPlaceholder('Nom, e-mail ou téléphone').fill('dupont');
  await openMmeDupont(page);
  await page.getByRole('tab', { name: 'Accès' }).click();
  const reveals = page.locator('#main-content').getByRole('row').filter({ hasText: 'Affichage d’une coordonnée' });
  await expect(reveals.filter({ hasText: reference })).toHaveCount(1);
  await expect(reveals.filter({ hasText: reference })).toContainText('Téléphone');
  await expect(reveals.filter({ hasText: reference })).toContainText('Camille Martin');
  await page.screenshot({ path: 'test-results/dpo-access-tab-reveal.png', fullPage: true });
});
