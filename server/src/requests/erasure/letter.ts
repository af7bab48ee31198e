import { frenchLabels as fr } from '@vigie/domain/labels-fr';
import type { controller as controllerOfRegister } from '../../activities/controller.ts';
import { day, type Html, html, printablePage } from '../printable.ts';
import type { CategoryOutcome, ErasureItem, ErasureOutcome } from './schemas.ts';

export interface ErasureLetterFacts {
  controller: typeof controllerOfRegister;
  /** When the erasure was executed. */
  executedAt: string;
  requesterName: string;
  receivedAt: string;
  outcome: ErasureOutcome;
}

/** The requester is told the legal ground of a hold, not the staff's reason for it (an investigation). */
const HOLD_GROUND = 'Constatation, exercice ou défense de droits en justice (RGPD, art. 17.3.e)';

const entity = (item: ErasureItem) => `${fr.dataEntity[item.entity] ?? item.entity} (${item.records})`;
const groundOf = (c: CategoryOutcome, item: ErasureItem) =>
  c.action === 'keep' && c.activity === 'legal_hold' ? HOLD_GROUND : (item.ground ?? '');

function rows(categories: CategoryOutcome[], action: ErasureItem['action']): Html[] {
  return categories.flatMap((c) =>
    c.items
      .filter((item) => item.action === action)
      .map((item) =>
        action === 'erase'
          ? html`<tr><td>${fr.dataCategory[c.category]}</td><td>${entity(item)}</td></tr>`
          : html`<tr><td>${fr.dataCategory[c.category]}</td><td>${entity(item)}</td><td>${groundOf(c, item)}</td><td>${day(item.until ?? '')}</td></tr>`,
      ),
  );
}

/** The French written answer to an erasure request: what was erased, what is kept, why and until when. */
export function erasureLetterHtml(f: ErasureLetterFacts): string {
  const c = f.controller;
  const { hold, proof, categories } = f.outcome;
  const erased = rows(categories, 'erase');
  const kept = rows(categories, 'keep');
  const proofRows = proof.items.map((item) => html`<li>${entity(item)}</li>`);
  const body = html`<p>${c.name}<br>${c.address}<br>${c.registration}</p>
<p>Paris, le ${day(f.executedAt)}</p>
<p><strong>Objet : réponse à votre demande d’effacement de vos données personnelles reçue le ${day(f.receivedAt)}</strong></p>
<p>${f.requesterName},</p>
<p>Conformément à l’article 17 du règlement général sur la protection des données (RGPD), nous avons traité votre
demande le ${day(f.executedAt)}. ${
    hold
      ? html`Vos données font l’objet d’une conservation pour motif légal jusqu’au ${day(hold.until)} : elles ne peuvent être
effacées avant cette date (article 17.3.e du RGPD). Elles ne sont utilisées qu’à cette fin.`
      : html`Les données ci-dessous ont été effacées définitivement ; celles que la loi nous impose de conserver le sont
jusqu’à la date indiquée, uniquement pour ce motif, puis seront supprimées.`
  }</p>
<h2>1. Données effacées</h2>${
    erased.length > 0
      ? html`<table><tr><th>Catégorie</th><th>Données (enregistrements)</th></tr>${erased}</table>`
      : html`<p>Aucune donnée n’a pu être effacée à ce jour.</p>`
  }
<h2>2. Données conservées</h2>${
    kept.length > 0
      ? html`<table><tr><th>Catégorie</th><th>Données (enregistrements)</th><th>Motif</th><th>Jusqu’au</th></tr>${kept}</table>`
      : html`<p>Aucune.</p>`
  }
<h2>3. Le dossier de votre demande</h2>
<p>Votre demande, son historique et la présente réponse sont conservés jusqu’au ${day(proof.until)} : ${proof.ground}.</p>
${proofRows.length > 0 ? html`<ul>${proofRows}</ul>` : html``}
<h2>4. Vos droits</h2>
<p>Pour toute question, écrivez à notre délégué(e) à la protection des données : ${c.dpo.address}, ${c.dpo.email}.
Vous pouvez également introduire une réclamation auprès de la Commission nationale de l’informatique et des libertés
(CNIL), 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, www.cnil.fr.</p>
<p>Nous vous prions d’agréer l’expression de nos salutations distinguées.</p>
<p>${c.dpo.title}<br>${c.name}</p>`;
  return printablePage('Réponse à votre demande d’effacement', body);
}
