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
  },
  vigie,
};
