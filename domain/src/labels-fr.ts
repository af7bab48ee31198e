import type {
  dataSubjectCategories,
  internalRecipients,
  legalBases,
  personalDataCategories,
  retentionEvents,
  retentionUnits,
  transferSafeguards,
} from './enums.ts';

type Labels<T extends readonly string[]> = Record<T[number], string>;

/**
 * The French names of the registers' codes: the client's messages and the server's documents (the
 * answer to a subject-access request) say them the same way.
 */
export const frenchLabels: {
  dataCategory: Labels<typeof personalDataCategories>;
  legalBasis: Labels<typeof legalBases>;
  subjectCategory: Labels<typeof dataSubjectCategories>;
  internalRecipient: Labels<typeof internalRecipients>;
  retentionUnit: Labels<typeof retentionUnits>;
  retentionEvent: Labels<typeof retentionEvents>;
  safeguard: Labels<typeof transferSafeguards>;
  /** What a learner's data is kept in, by the entity of its personal-data declaration. */
  dataEntity: Record<string, string>;
} = {
  dataCategory: {
    identity: 'Identité',
    contact: 'Coordonnées',
    profile: 'Profil',
    movement: 'Données de mouvement',
    pedagogical: 'Données pédagogiques',
    employment: 'Vie professionnelle',
    attendance_evidence: "Justificatifs d'assiduité",
    customer_service: 'Relation client',
    contract: 'Contrat et paiement',
    access_log: "Journaux d'accès",
    credentials: "Identifiants de connexion",
  },
  legalBasis: {
    contract: 'Contrat – art. 6(1)(b)',
    legal_obligation: 'Obligation légale – art. 6(1)(c)',
    legitimate_interest: 'Intérêt légitime – art. 6(1)(f)',
    consent: 'Consentement – art. 6(1)(a)',
  },
  subjectCategory: {
    learner: 'Stagiaires',
    employer_contact: 'Interlocuteurs des entreprises clientes',
    prospect: 'Prospects',
    newsletter_recipient: "Destinataires de la lettre d'information",
    website_visitor: 'Visiteurs du site Internet',
    staff: 'Personnel',
  },
  internalRecipient: {
    customer_service: 'Service client',
    it: 'Informatique',
    trainers: 'Formateurs',
    quality: 'Qualité',
    management: 'Direction',
    accounting: 'Comptabilité',
    data_protection: 'Délégué à la protection des données',
  },
  retentionUnit: { days: 'jour(s)', months: 'mois', years: 'an(s)' },
  retentionEvent: {
    collection: 'après la collecte',
    contract_end: 'après la fin du contrat',
    last_exchange: 'après le dernier échange',
    consent_withdrawal: 'après le retrait du consentement',
  },
  safeguard: {
    none: 'Aucune garantie',
    scc: 'Clauses contractuelles types',
    bcr: "Règles d'entreprise contraignantes",
  },
  dataEntity: {
    learners: 'Fiche de l’apprenant',
    learnerPhotos: 'Photo de profil',
    contracts: 'Contrats de formation',
    groups: 'Groupes de formation',
    attendance: 'Présences et feuilles d’émargement',
    assessments: 'Tests, évaluations et enquêtes',
    interactions: 'Échanges avec le service client',
    accessLogs: 'Journaux de connexion à la plate-forme',
    disclosures: 'Demandes des autorités',
    requests: 'Demandes d’exercice de droits',
    requestEvents: 'Historique des demandes',
  },
};
