import type { PersonalDataCategory } from '@vigie/db';
import { frenchLabels as fr } from '@vigie/domain/labels-fr';
import type { ActivityRecord } from '../../activities/schemas.ts';
import type { controller as controllerOfRegister } from '../../activities/controller.ts';
import type { ProcessorRecord } from '../../processors/schemas.ts';
import { day, html, printablePage } from '../printable.ts';

/** The facts of Art. 15(1)-(2), from the registers, the learner's data and the audit log. */
export interface LetterFacts {
  controller: typeof controllerOfRegister;
  generatedAt: Date;
  requesterName: string;
  receivedAt: string;
  categoriesHeld: PersonalDataCategory[];
  /** The register's activities that concern learners. */
  activities: ActivityRecord[];
  processors: ProcessorRecord[];
  disclosures: { authority: string; receivedOn: string; decision: string; disclosedOn: string | null; dataCategories: PersonalDataCategory[] }[];
  /** Reads and changes of the learner's data per staff role, from the audit log. */
  accessesByRole: { role: string; reads: number; changes: number; first: string; last: string }[];
}

const list = (items: string[]) => (items.length > 0 ? items.join(', ') : '—');
const roleNames: Record<string, string> = {
  agent: 'Service client',
  dpo: 'Délégué(e) à la protection des données',
  admin: 'Administration',
  manager: 'Direction (statistiques anonymisées)',
};
const decisionNames: Record<string, string> = { disclosed: 'communiquées', partially_disclosed: 'communiquées en partie', refused: 'refusées' };

function transfer(p: ProcessorRecord): string {
  if (p.euEea) return 'dans l’Union européenne';
  if (p.adequacyDecision) return `${p.country}, pays bénéficiant d’une décision d’adéquation`;
  const version = p.safeguardVersion ? ` (${p.safeguardVersion})` : '';
  return `${p.country}, hors Union européenne : ${fr.safeguard[p.safeguard]}${version}`;
}

const retention = (a: ActivityRecord) =>
  a.retention.map(
    (r) => `${fr.dataCategory[r.category]} : ${r.period} ${fr.retentionUnit[r.unit]} ${fr.retentionEvent[r.startsAt]}${r.note ? ` (${r.note})` : ''}`,
  );

/** The French cover letter of an access or portability answer, a printable page (HTML, UTF-8). */
export function answerLetterHtml(f: LetterFacts): string {
  const c = f.controller;
  const activities = f.activities.map(
    (a) => html`<tr><td>${a.name}</td><td>${a.purpose}${a.legitimateInterest ? ` — ${a.legitimateInterest}` : ''}</td>
      <td>${fr.legalBasis[a.legalBasis]}</td><td>${list(a.dataCategories.map((k) => fr.dataCategory[k]))}</td>
      <td>${list(retention(a))}</td></tr>`,
  );
  const recipients = [...new Set(f.activities.flatMap((a) => a.internalRecipients))].map((r) => fr.internalRecipient[r]);
  const employer = f.activities.some((a) => a.employerRecipient);
  const processors = f.processors.map((p) => html`<li>${p.name} — ${p.service} (${transfer(p)})</li>`);
  const disclosures = f.disclosures.map(
    (d) => html`<li>${d.authority}, demande reçue le ${day(d.receivedOn)} : données ${decisionNames[d.decision] ?? d.decision}${
      d.disclosedOn ? ` le ${day(d.disclosedOn)}` : ''
    } (${list(d.dataCategories.map((k) => fr.dataCategory[k]))})</li>`,
  );
  const accesses = f.accessesByRole.map(
    (a) => html`<tr><td>${roleNames[a.role] ?? a.role}</td><td>${a.reads}</td><td>${a.changes}</td><td>${day(a.first)}</td><td>${day(a.last)}</td></tr>`,
  );
  return printablePage(
    'Réponse à votre demande d’accès',
    html`<p>${c.name}<br>${c.address}<br>${c.registration}</p>
<p>Paris, le ${day(f.generatedAt.toISOString())}</p>
<p><strong>Objet : réponse à votre demande d’accès à vos données personnelles reçue le ${day(f.receivedAt)}</strong></p>
<p>${f.requesterName},</p>
<p>Conformément aux articles 15 et 20 du règlement général sur la protection des données (RGPD), vous trouverez
ci-joint une copie de l’ensemble des données personnelles vous concernant que nous détenons : le fichier
<code>donnees.json</code> (format structuré, lisible par machine, que vous pouvez transmettre à un autre organisme)
et un fichier CSV par catégorie de données dans le dossier <code>categories</code>.</p>
<h2>1. Les données que nous détenons</h2><p>${list(f.categoriesHeld.map((k) => fr.dataCategory[k]))}.</p>
<h2>2. Finalités, bases légales et durées de conservation</h2>
<table><tr><th>Traitement</th><th>Finalité</th><th>Base légale</th><th>Données</th><th>Conservation</th></tr>${activities}</table>
<h2>3. Destinataires</h2>
<p>Au sein de notre société : ${list(recipients)}.${
    employer ? ' Votre employeur, uniquement lorsqu’il finance votre formation : résultats des tests de niveau, évaluations des progrès et assiduité.' : ''
  }</p><p>Nos sous-traitants :</p><ul>${processors}</ul>
<h2>4. Communications aux autorités</h2>${disclosures.length > 0 ? html`<ul>${disclosures}</ul>` : html`<p>Aucune autorité n’a demandé de données vous concernant.</p>`}
<h2>5. Source des données</h2><p>Vous-même lors de votre inscription et de nos échanges ; votre employeur lorsqu’il
finance votre formation ; nos formateurs (présences, évaluations) ; la plate-forme d’apprentissage (connexions).</p>
<h2>6. Consultations de vos données par notre personnel</h2>
<p>Chaque consultation et chaque modification de vos données est inscrite dans un journal d’audit inaltérable.</p>
<table><tr><th>Fonction</th><th>Consultations</th><th>Modifications</th><th>Première</th><th>Dernière</th></tr>${accesses}</table>
<h2>7. Vos droits</h2>
<p>Vous pouvez demander la rectification, l’effacement ou la limitation du traitement de vos données, vous opposer
à un traitement et demander la portabilité de vos données, en écrivant à notre délégué(e) à la protection des données :
${c.dpo.address}, ${c.dpo.email}. Vous pouvez également introduire une réclamation auprès de la Commission nationale
de l’informatique et des libertés (CNIL), 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, www.cnil.fr.</p>
<p>Nous vous prions d’agréer l’expression de nos salutations distinguées.</p>
<p>${c.dpo.title}<br>${c.name}</p>`,
  );
}
