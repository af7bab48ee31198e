import type { auditActions } from './enums.ts';
import { resourcesFr } from './resources-fr.ts';

/**
 * The journal's own French names (`vigie.audit.*` in the client's messages): actions, outcomes, kinds
 * of person, and the fields no resource screen shows.
 */
export const journalFr: {
  field: Record<string, string>;
  subject: Record<string, string>;
  action: Record<(typeof auditActions)[number], string>;
  outcome: Record<'success' | 'denied' | 'failure', string>;
} = {
  field: { displayName: 'Nom affiché', identityMethod: 'Vérification d’identité', details: 'Détails', ip: 'Adresse IP', userAgent: 'Navigateur' },
  subject: { learner: 'Stagiaire', staff: 'Équipe', employer_contact: 'Interlocuteur', prospect: 'Prospect' },
  action: {
    read: 'Consultation',
    list: 'Liste',
    search: 'Recherche',
    export: 'Export',
    create: 'Création',
    update: 'Modification',
    delete: 'Suppression',
    login: 'Connexion',
    login_failed: 'Connexion échouée',
    logout: 'Déconnexion',
    session_expired: 'Session expirée',
    denied: 'Accès refusé',
    audit_read: 'Lecture du journal',
    audit_verify: 'Vérification du journal',
    review: 'Examen d’un signalement',
    reveal: 'Affichage d’une coordonnée',
    transfer: 'Transfert à un sous-traitant',
  },
  outcome: { success: 'Réussi', denied: 'Refusé', failure: 'Échec' },
};

/**
 * The message keys naming a field of the journal, best first: as its resource's screens name it
 * (`staff.displayName` is a field of `staff`, read beside the entity), then the journal's own name.
 */
export function fieldNameKeys(entity: string, field: string): [string, string] {
  const [table, column] = field.includes('.') ? (field.split('.', 2) as [string, string]) : [entity, field];
  return [`resources.${table}.fields.${column}`, `vigie.audit.field.${column}`];
}

/** The key naming an entity: its resource's name, in the plural ("Stagiaires"). */
export const entityNameKey = (entity: string) => `resources.${entity}.name`;

const french = { resources: resourcesFr, vigie: { audit: journalFr } };

function lookup(key: string): string | undefined {
  const found = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], french);
  return typeof found === 'string' ? found : undefined;
}

/** What the journal says in French, for documents the server writes (the audit extract). */
export const journalNamesFr = {
  field: (entity: string, field: string) => fieldNameKeys(entity, field).map(lookup).find((name) => name !== undefined) ?? field,
  // react-admin's `smart_count` forms: "Stagiaire |||| Stagiaires".
  entity: (entity: string) => lookup(entityNameKey(entity))?.split('||||').at(-1)?.trim() ?? entity,
  action: (action: string) => lookup(`vigie.audit.action.${action}`) ?? action,
  outcome: (outcome: string) => lookup(`vigie.audit.outcome.${outcome}`) ?? outcome,
};
