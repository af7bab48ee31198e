// Word lists for people, places and companies. Fictional: any likeness to a real person is chance.

export const firstNames = [
  'Élodie', 'Béatrice', 'Hélène', 'Chloé', 'Léa', 'Zoé', 'Maëlle', 'Anaïs', 'Noémie', 'Célia',
  'Mélanie', 'Gaëlle', 'Agnès', 'Inès', 'Clémence', 'Margaux', 'Camille', 'Manon', 'Julie', 'Sophie',
  'Isabelle', 'Nathalie', 'Sandrine', 'Valérie', 'Aurélie', 'Émilie', 'Pauline', 'Laure', 'Cécile', 'Françoise',
  'Léna', 'Jade', 'Louise', 'Alice', 'Océane', 'Justine', 'Romane', 'Capucine', 'Solène', 'Anne',
  'Marie', 'Sarah', 'Yasmine', 'Fatima', 'Amina', 'Awa', 'Nadia', 'Leïla', 'Claire', 'Mathilde',
  'Jérôme', 'Stéphane', 'Frédéric', 'Sébastien', 'Grégory', 'Jérémy', 'Théo', 'Noé', 'Loïc', 'Gaël',
  'Hervé', 'André', 'René', 'Benoît', 'François', 'Cédric', 'Mathéo', 'Léo', 'Raphaël', 'Joël',
  'Maël', 'Timothée', 'Clément', 'Étienne', 'Hugo', 'Lucas', 'Thomas', 'Nicolas', 'Julien', 'Antoine',
  'Maxime', 'Alexandre', 'Olivier', 'Laurent', 'Philippe', 'Pierre', 'Jean-Marc', 'Jean-Baptiste', 'Karim', 'Mehdi',
  'Yannick', 'Bruno', 'Arnaud', 'Guillaume', 'Romain', 'Quentin', 'Vincent', 'Damien', 'Rémi', 'Aurélien',
] as const;

export const lastNames = [
  'Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent',
  'Simon', 'Michel', 'Lefèvre', 'Leroy', 'Roux', 'David', 'Bertrand', 'Morel', 'Fournier', 'Girard',
  'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Muller', 'Lefebvre', 'Faure', 'André',
  'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Garnier', 'Chevalier', 'François', 'Legrand', 'Gauthier', 'Garcia',
  'Perrin', 'Robin', 'Clément', 'Morin', 'Nicolas', 'Henry', 'Roussel', 'Mathieu', 'Gautier', 'Masson',
  'Marchand', 'Duval', 'Denis', 'Dumont', 'Lemaire', 'Noël', 'Meyer', 'Dufour', 'Meunier', 'Brun',
  'Blanchard', 'Giraud', 'Joly', 'Rivière', 'Lucas', 'Brunet', 'Gaillard', 'Barbier', 'Arnaud', 'Martinez',
  'Gérard', 'Roche', 'Renard', 'Schmitt', 'Roy', 'Leroux', 'Colin', 'Vidal', 'Caron', 'Picard',
  'Roger', 'Fabre', 'Aubert', 'Lemoine', 'Renaud', 'Dumas', 'Lacroix', 'Olivier', 'Bourgeois', 'Benoît',
  'Rey', 'Leclerc', 'Payet', 'Rolland', 'Lecomte', 'Lopez', 'Dupuis', 'Guillot', 'Hubert', 'Berger',
  'Carpentier', 'Sanchez', 'Dupuy', 'Moulin', 'Deschamps', 'Huet', 'Vasseur', 'Perez', 'Boucher', 'Fleury',
  'Royer', 'Klein', 'Jacquet', 'Adam', 'Poirier', 'Marty', 'Aubry', 'Guyot', 'Carré', 'Charpentier',
  'Ménard', 'Maillard', 'Baron', 'Bertin', 'Bailly', 'Hervé', 'Schneider', 'Fernandez', 'Le Gall', 'Collet',
  'Léger', 'Bouvier', 'Prévost', 'Millet', 'Perrot', 'Le Roux', 'Germain', 'Breton', 'Besson', 'Langlois',
  'Rémy', 'Le Goff', 'Pelletier', 'Lévêque', 'Perrier', 'Leblanc', 'Barré', 'Lebrun', 'Marchal', 'Weber',
  'Hamon', 'Boulanger', 'Monnier', 'Michaud', 'Tessier', 'Chauvin', 'Da Silva', 'Lemaître', 'Bénard', 'Maréchal',
  'Humbert', 'Reynaud', 'Barthélemy', 'Cordier', 'Pichon', 'Lejeune', 'Delaunay', 'Pasquier', 'Laporte', "N'Diaye",
  'Diallo', 'Nguyen', 'Benali', 'Haddad', 'Ferreira', 'Kowalski', 'Hoarau', 'Grondin', 'Étienne', 'Bélanger',
] as const;

export const frenchCities = [
  'Paris', 'Lyon', 'Marseille', 'Toulouse', 'Nice', 'Nantes', 'Montpellier', 'Strasbourg', 'Bordeaux', 'Lille',
  'Rennes', 'Reims', 'Saint-Étienne', 'Le Havre', 'Toulon', 'Grenoble', 'Dijon', 'Angers', 'Nîmes', 'Villeurbanne',
  'Clermont-Ferrand', 'Le Mans', 'Aix-en-Provence', 'Brest', 'Tours', 'Amiens', 'Limoges', 'Annecy', 'Perpignan',
  'Boulogne-Billancourt', 'Metz', 'Besançon', 'Orléans', 'Rouen', 'Mulhouse', 'Caen', 'Nancy', 'Montreuil',
  'Saint-Denis', 'Roubaix', 'Avignon', 'Poitiers', 'Pau', 'La Rochelle', 'Colmar', 'Valence', 'Chambéry',
  'Béziers', 'Évry-Courcouronnes', 'Sèvres', 'Vénissieux', 'Créteil', 'Nanterre', 'Versailles', 'Quimper', 'Lorient',
] as const;

/** Home countries besides France (cross-border learners), with a few of their localities. */
export const foreignCities = {
  BE: ['Bruxelles', 'Liège', 'Namur', 'Charleroi', 'Mons', 'Tournai'],
  CH: ['Genève', 'Lausanne', 'Neuchâtel', 'Fribourg', 'Sion'],
  LU: ['Luxembourg', 'Esch-sur-Alzette', 'Differdange'],
} as const;

/** What a company name starts with, and the sector it implies. */
export const companyKinds: readonly (readonly [string, string])[] = [
  ['Transports', 'Transport et logistique'],
  ['Logistique', 'Transport et logistique'],
  ['Laboratoires', 'Pharmacie'],
  ['Clinique', 'Santé'],
  ['Boulangeries', 'Agroalimentaire'],
  ['Fromageries', 'Agroalimentaire'],
  ['Ateliers', 'Industrie mécanique'],
  ['Fonderies', 'Métallurgie'],
  ['Cabinet', 'Conseil'],
  ['Hôtels', 'Hôtellerie-restauration'],
  ['Assurances', 'Assurance'],
  ['Banque', 'Banque'],
  ['Imprimerie', 'Imprimerie'],
  ['Menuiseries', 'Bâtiment'],
  ['Constructions', 'Bâtiment'],
  ['Énergies', 'Énergie'],
  ['Informatique', 'Services numériques'],
  ['Éditions', 'Édition'],
  ['Vignobles', 'Viticulture'],
  ['Parfums', 'Cosmétique'],
  ['Textiles', 'Textile'],
  ['Aéromécanique', 'Aéronautique'],
];

export const legalForms = ['SA', 'SAS', 'SARL', '& Fils', '', 'SAS'] as const;

export const profitCentres = [
  'Direction commerciale', 'Export', 'Achats', 'Ressources humaines', 'Finance', 'Production', 'Logistique',
  'R&D', 'Marketing', 'Service client', 'Direction générale', 'Qualité', 'Informatique', 'Juridique',
] as const;

/** Job titles, epicene where French has a form for both. */
export const jobTitles = [
  'Responsable export', 'Chef de projet', 'Comptable', 'Juriste', 'Responsable logistique', 'Responsable RH',
  'Réceptionniste', 'Gestionnaire de paie', 'Responsable qualité', 'Architecte logiciel', 'Responsable des achats',
  'Technicien de maintenance', 'Ingénieur R&D', 'Chargé de clientèle', 'Directeur commercial', 'Contrôleur de gestion',
  'Commercial sédentaire', 'Secrétaire de direction', 'Responsable de site', 'Analyste de données', 'Pharmacien',
  'Responsable marketing',
] as const;

/** Job titles of learners who train on their own account. */
export const ownAccountTitles = [
  'Études', "En recherche d'emploi", 'Profession libérale', 'Retraite', 'Auto-entrepreneur', 'En reconversion',
] as const;
