import frenchMessages from 'ra-language-french';
import type { TranslationMessages } from 'react-admin';

/** Vigie's own messages; `en.ts` must provide the same keys (checked by its type). */
const vigie = {
  roles: {
    agent: 'Agent relation client',
    dpo: 'Délégué à la protection des données',
    admin: 'Administrateur',
    manager: 'Manager',
  },
  roleDescriptions: {
    agent:
      "Vous retrouvez un stagiaire, répondez à sa question, corrigez ses coordonnées, consignez l'échange et ouvrez une demande d'exercice de droits.",
    dpo: "Vous vérifiez qui a consulté quelles données et pourquoi, menez les demandes d'exercice de droits jusqu'au bout et tenez les registres des sous-traitants et des traitements.",
    admin:
      "Vous gérez les comptes de l'équipe, bloquez les comptes stagiaires en cas de fraude suspectée, posez les conservations légales et examinez les journaux d'accès.",
    manager: 'Vous exportez des statistiques anonymisées pour les études qualité et de marché.',
  },
  dashboard: {
    greeting: 'Bonjour, %{name}',
    role: 'Rôle : %{role}',
    purpose_hint:
      "Chaque consultation de données personnelles est enregistrée avec le motif d'accès choisi en haut de l'écran : vérifiez-le avant de commencer.",
  },
  purpose: {
    label: "Motif d'accès",
    ref: 'Référence',
    ref_placeholder: 'N° de ticket',
    load_error: "Impossible de charger les motifs d'accès",
  },
  auth: {
    invalid_credentials: 'Identifiants invalides',
    too_many_attempts:
      'Trop de tentatives, réessayez dans %{smart_count} minute |||| Trop de tentatives, réessayez dans %{smart_count} minutes',
  },
  staff: {
    reset_password: 'Réinitialiser le mot de passe',
    reset_password_help:
      "Saisissez le nouveau mot de passe (12 caractères minimum) et transmettez-le à la personne par un canal sûr.",
    new_password: 'Nouveau mot de passe',
    password_reset: 'Mot de passe réinitialisé',
  },
  learnerStatus: { active: 'Actif', blocked: 'Bloqué', ended: 'Terminé', erased: 'Effacé' },
  funding: { employer: 'Employeur', individual: 'Individuel', cpf: 'CPF' },
  contractStatus: { planned: 'Prévu', active: 'En cours', completed: 'Terminé', cancelled: 'Annulé' },
  assessmentKind: {
    level_test: 'Test de niveau',
    needs_analysis: 'Recueil des besoins',
    learning_profile: "Profil d'apprentissage",
    progress_evaluation: 'Évaluation des progrès',
    participant_survey: 'Enquête participant',
    sponsor_survey: 'Enquête commanditaire',
  },
  channel: { phone: 'Téléphone', email: 'E-mail', chat: 'Messagerie instantanée', letter: 'Courrier', in_person: 'En personne' },
  contactRole: { hr: 'Ressources humaines', supervisor: 'Responsable hiérarchique', sponsor: 'Commanditaire' },
  learners: {
    search_placeholder: 'Nom, e-mail ou téléphone',
    tabs: {
      identity: 'Identité',
      profile: 'Profil',
      contracts: 'Contrats',
      attendance: 'Présences',
      assessments: 'Évaluations',
      interactions: 'Service client',
      access_logs: 'Connexions',
    },
    consents: 'Consentements et oppositions',
    groups: 'Groupes',
    no_contracts: 'Aucun contrat',
    no_assessments: 'Aucune évaluation',
    no_interactions: 'Aucun échange enregistré',
    no_access_logs: 'Aucune connexion enregistrée (les journaux sont effacés après six mois)',
    attendance_none: 'Aucune séance enregistrée',
    attendance_rate: 'Taux de présence : %{rate} (%{present} séances sur %{total})',
    photo_of: 'Photo de %{name}',
    photo_unavailable: 'Photo indisponible',
    photo_present: 'Une photo est enregistrée.',
    photo_absent: 'Aucune photo.',
    photo_add: 'Ajouter une photo',
    photo_replace: 'Remplacer la photo',
    photo_help: 'JPEG, PNG ou WebP, 2 Mo au plus. Enregistrée dès la sélection.',
    photo_saved: 'Photo enregistrée',
    photo_rejected_type: 'Format refusé : choisissez une image JPEG, PNG ou WebP.',
    photo_rejected_size: 'Photo trop lourde : 2 Mo au plus.',
    photo_rejected_empty: 'Le fichier est vide.',
    invalid_phone: 'Numéro invalide : 06 12 34 56 78 ou +33 6 12 34 56 78',
    invalid_country: 'Code pays ISO à deux lettres (FR, BE, CH…)',
    phone_help: 'Format français ou international (+…)',
    country_help: 'Code ISO à deux lettres',
  },
  interactions: {
    new: 'Nouvel échange',
    logged: 'Échange enregistré',
    summary_help: "Ce qui a été demandé et répondu, sans données inutiles (pas de n° de carte, pas d'informations de santé).",
    you: 'Vous',
    colleague: "Un membre de l'équipe",
  },
  employers: {
    contacts: 'Interlocuteurs',
    learners_employer_funded: "Stagiaires financés par l'employeur",
    learners_other: 'Autres stagiaires (CPF, individuel)',
    no_contacts: 'Aucun interlocuteur',
    no_learners: 'Aucun stagiaire',
    report: 'Rapport employeur',
  },  groups: {
    members: 'Membres',
    members_help:
      'Ce que les membres du groupe voient les uns des autres : photo, prénom, localité, pays et présentation, rien d’autre.',
    no_members: 'Aucun membre',
  },
  report: {
    title: 'Rapport employeur',
    purpose_required:
      "Pour produire ce rapport, choisissez le motif d'accès « Rapport à l'employeur » en haut de l'écran : le serveur refuse ce rapport sous tout autre motif.",
    print: 'Imprimer',
    download_csv: 'Télécharger (CSV)',
    filename: 'rapport',
    heading: 'Rapport de formation – %{name}',
    subheading: 'SIRET %{siret} · établi le %{date} · %{count} stagiaire(s)',
    scope:
      "Ce rapport ne couvre que les formations financées par l'employeur. Les stagiaires formés au titre du CPF ou à titre individuel n'y figurent pas, même s'ils sont salariés de l'entreprise.",
    empty: "Aucune formation financée par l'employeur.",
    attendance: 'Taux de présence : %{rate}',
    sessions: '%{rate} (%{attended}/%{sessions})',
    result: '%{kind}%{level}%{score} le %{date}',
    csv: {
      lastName: 'Nom',
      firstName: 'Prénom',
      course: 'Formation',
      language: 'Langue',
      targetLevel: 'Niveau visé',
      hours: 'Heures',
      startDate: 'Début',
      endDate: 'Fin',
      status: 'Statut',
      sessions: 'Séances',
      attended: 'Présences',
      contractRate: 'Taux de présence (%)',
      learnerRate: 'Taux de présence du stagiaire (%)',
      levelTests: 'Tests de niveau',
      progressEvaluations: 'Évaluations des progrès',
      surveys: 'Enquêtes',
    },
  },
};

export type VigieMessages = typeof vigie;

export const fr: TranslationMessages = {
  ...frenchMessages,
  ra: { ...frenchMessages.ra, auth: { ...frenchMessages.ra.auth, username: 'E-mail' } },
  resources: {
    staff: {
      name: "Compte de l'équipe |||| Comptes de l'équipe",
      fields: {
        q: 'Recherche',
        displayName: 'Nom affiché',
        email: 'E-mail',
        role: 'Rôle',
        disabled: 'Désactivé',
        password: 'Mot de passe initial',
        createdAt: 'Créé le',
        updatedAt: 'Modifié le',
      },
    },
    learners: {
      name: 'Stagiaire |||| Stagiaires',
      fields: {
        q: 'Recherche',
        lastName: 'Nom',
        firstName: 'Prénom',
        email: 'E-mail',
        phone: 'Téléphone',
        locality: 'Localité',
        country: 'Pays',
        presentation: 'Présentation',
        employerId: 'Employeur',
        profitCentre: 'Centre de profit',
        jobTitle: 'Poste',
        newsletterConsent: "Accepte la lettre d'information",
        objectsToQualityVisits: "S'oppose aux visites qualité",
        objectsToAnalytics: "S'oppose à la mesure d'audience",
        objectsToStatistics: "S'oppose aux statistiques",
        status: 'Statut',
        funding: 'Financement',
        cefrLevel: 'Niveau CECRL',
        createdAt: 'Créé le',
        updatedAt: 'Modifié le',
      },
    },
    employers: {
      name: 'Employeur |||| Employeurs',
      fields: { q: 'Recherche', name: 'Raison sociale', siret: 'SIRET', sector: 'Secteur', city: 'Ville' },
    },
    employerContacts: {
      name: 'Interlocuteur |||| Interlocuteurs',
      fields: { lastName: 'Nom', firstName: 'Prénom', email: 'E-mail', phone: 'Téléphone', role: 'Rôle' },
    },
    contracts: {
      name: 'Contrat |||| Contrats',
      fields: {
        course: 'Formation',
        language: 'Langue',
        funding: 'Financement',
        targetLevel: 'Niveau visé',
        hours: 'Heures',
        startDate: 'Début',
        endDate: 'Fin',
        status: 'Statut',
        priceCents: 'Prix',
      },
    },
    attendance: {
      name: 'Présence |||| Présences',
      fields: { sessionAt: 'Séance', durationMinutes: 'Durée', present: 'Présent', signedAt: 'Signée le' },
    },
    assessments: {
      name: 'Évaluation |||| Évaluations',
      fields: { assessedOn: 'Date', kind: 'Type', cefrLevel: 'Niveau CECRL', score: 'Score', notes: 'Notes' },
    },
    interactions: {
      name: 'Échange |||| Échanges',
      fields: { occurredAt: 'Date', channel: 'Canal', staffId: 'Par', summary: 'Résumé' },
    },
    accessLogs: {
      name: 'Connexion |||| Connexions',
      fields: {
        occurredAt: 'Date',
        ip: 'Adresse IP',
        browser: 'Navigateur',
        os: "Système d'exploitation",
        screen: 'Écran',
        referrer: 'Provenance',
      },
    },
    groups: {
      name: 'Groupe |||| Groupes',
      fields: { q: 'Recherche', name: 'Nom', employerId: 'Employeur', language: 'Langue', memberCount: 'Membres' },
    },
  },
  vigie,
};
