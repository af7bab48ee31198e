// Word lists for training, the service desk and the learner platform.

/** Languages taught, with their share of contracts; each has three courses (same order). */
export const languages = [
  ['anglais', 55],
  ['espagnol', 15],
  ['allemand', 12],
  ['français langue étrangère', 10],
  ['italien', 8],
] as const;

export const courses: readonly (readonly [string, string, string])[] = [
  ['Anglais professionnel', 'Anglais des affaires', 'Préparation au TOEIC'],
  ['Espagnol professionnel', 'Espagnol commercial', 'Préparation au DELE'],
  ['Allemand professionnel', 'Allemand général', 'Préparation au Goethe-Zertifikat'],
  ['FLE – intégration professionnelle', 'FLE – écrits professionnels', 'Préparation au DELF'],
  ['Italien général', 'Italien professionnel', 'Préparation au CILS'],
];

export const presentations = [
  "Je prépare une mobilité à Londres l'an prochain.",
  'Je veux enfin oser prendre la parole en réunion.',
  'Je travaille avec des clients allemands au quotidien.',
  'Ingénieur, je lis beaucoup de documentation technique en anglais.',
  "Je souhaite passer le TOEIC avant l'été.",
  "J'ai appris l'espagnol au lycée et je veux m'y remettre.",
  'Arrivée en France il y a deux ans, je veux progresser à l’écrit.',
  'Je me forme le soir, après le travail : soyez indulgents !',
  "J'aime la cuisine italienne et je rêve de vivre à Turin.",
  'Commerciale export, je voyage souvent en Amérique latine.',
  'Passionné de randonnée, je prépare un trek en Autriche.',
  'Je reprends les cours après une longue pause.',
  'Je cherche surtout à être plus à l’aise au téléphone.',
  'Nouvelle responsable de filiale à Milan dès septembre.',
] as const;

export const interactionSummaries = [
  'Demande de changement de créneau pour la séance du mardi.',
  'Question sur le financement CPF : dossier transmis au service compétent.',
  'Mot de passe de la plateforme oublié : lien de réinitialisation envoyé.',
  "Demande d'attestation de présence pour l'employeur.",
  'Report de deux séances pour raisons professionnelles.',
  'Connexion instable en visio : signalé au formateur.',
  'Demande de facture acquittée.',
  'Souhaite changer de formateur : demande transmise à la coordination pédagogique.',
  'Question sur le résultat du test de niveau.',
  'Demande de certificat de réalisation.',
  'Absence prévue la semaine prochaine (congés).',
  'Problème de son pendant la séance, résolu en direct.',
  "Demande d'informations sur une formation en allemand.",
  'Souhaite se désinscrire de la newsletter : fait.',
  'Question sur les horaires des séances en présentiel.',
  "Demande de relevé d'heures pour son compte CPF.",
  "Problème d'affichage de la plateforme sur tablette.",
  "Rappel de l'enquête de satisfaction à remplir.",
  'Nouvelle adresse e-mail communiquée, fiche corrigée.',
  'Demande de copie de ses données : orientée vers le DPO.',
] as const;

export const blockedSummary = 'Appel au sujet du blocage du compte : connexions inhabituelles, dossier transmis.';

export const needsNotes = [
  'Objectif : animer des réunions avec des filiales étrangères.',
  'Objectif : rédiger des courriels clairs à des clients.',
  'Objectif : comprendre des interlocuteurs au téléphone.',
  'Objectif : réussir la certification visée.',
  'Objectif : voyager et échanger au quotidien.',
  "Objectif : présenter des résultats à l'oral.",
] as const;

export const profileNotes = [
  "Apprend mieux à l'oral, aime les mises en situation.",
  'Préfère des supports écrits et des exercices structurés.',
  'Disponible surtout le soir ; séances courtes préférées.',
  "Besoin de reprendre confiance à l'oral.",
] as const;

export const levelTestNotes = ['Test de positionnement en ligne', 'Entretien oral avec un formateur'] as const;

/** Browser, operating system and screen of one device. */
export const devices: readonly (readonly [string, string, string])[] = [
  ['Chrome 131.0', 'Windows 11', '1920x1080'],
  ['Chrome 130.0', 'Windows 10', '1366x768'],
  ['Edge 131.0', 'Windows 11', '1536x864'],
  ['Firefox 133.0', 'Windows 10', '1920x1080'],
  ['Firefox 132.0', 'Ubuntu 24.04', '2560x1440'],
  ['Safari 18.1', 'macOS 14.6', '1440x900'],
  ['Chrome 131.0', 'macOS 15.1', '1512x982'],
  ['Safari 18.1', 'iOS 18.1', '390x844'],
  ['Safari 17.6', 'iOS 17.6', '375x812'],
  ['Chrome 131.0', 'Android 14', '412x915'],
  ['Samsung Internet 26.0', 'Android 14', '360x780'],
  ['Safari 18.1', 'iPadOS 18.1', '820x1180'],
];

export const referrers = [
  [null, 55],
  ['https://www.google.com/', 15],
  ['https://formation.example/espace-stagiaire', 12],
  ['https://mail.google.com/', 8],
  ['https://outlook.office.com/', 7],
  ['https://www.bing.com/', 3],
] as const;

/** Documentation address blocks (RFC 5737): no real machine is ever named. */
export const ipNetworks = ['192.0.2', '198.51.100', '203.0.113'] as const;

/** Reserved domains (RFC 2606) for learners' own addresses: no demo e-mail can reach anybody. */
export const emailDomains = ['example.com', 'example.net', 'example.org'] as const;
