import { sql, type SQL } from 'drizzle-orm';

/**
 * The région of a home locality: the localities are town names (no postcode is kept), so the known
 * towns are listed; a learner abroad counts as `abroad`, an unlisted town as `unknown`. Keys are
 * lower-case without accents, as `vigie_unaccent(lower(...))` gives them.
 */
const towns: Record<string, readonly string[]> = {
  ara: ['lyon', 'saint-etienne', 'grenoble', 'villeurbanne', 'clermont-ferrand', 'annecy', 'valence', 'chambery', 'venissieux'],
  bfc: ['dijon', 'besancon'],
  bre: ['rennes', 'brest', 'quimper', 'lorient'],
  cvl: ['tours', 'orleans'],
  ges: ['strasbourg', 'reims', 'metz', 'mulhouse', 'nancy', 'colmar'],
  hdf: ['lille', 'amiens', 'roubaix'],
  idf: ['paris', 'boulogne-billancourt', 'montreuil', 'saint-denis', 'evry-courcouronnes', 'sevres', 'creteil', 'nanterre', 'versailles'],
  nor: ['le havre', 'rouen', 'caen'],
  naq: ['bordeaux', 'limoges', 'poitiers', 'pau', 'la rochelle'],
  occ: ['toulouse', 'montpellier', 'nimes', 'perpignan', 'beziers'],
  pdl: ['nantes', 'angers', 'le mans'],
  pac: ['marseille', 'nice', 'toulon', 'aix-en-provence', 'avignon'],
  cor: ['ajaccio', 'bastia'],
  dom: ['fort-de-france', 'pointe-a-pitre', 'cayenne', 'saint-denis de la reunion', 'mamoudzou'],
};

const pairs = Object.entries(towns).flatMap(([region, names]) => names.map((name) => `('${name}', '${region}')`));

/** The towns as a table `(town, region)` to join on the normalised locality (a hash join, not a lookup per row). */
export const regionTowns: SQL = sql.raw(`(VALUES ${pairs.join(', ')}) AS towns(town, region)`);

export const normalisedLocality = (locality: SQL): SQL => sql`vigie_unaccent(lower(btrim(${locality})))`;

/** The région, given the learner's country and the joined town's région. */
export const regionOf = (country: SQL, townRegion: SQL): SQL =>
  sql`CASE WHEN ${country} <> 'FR' THEN 'abroad' ELSE coalesce(${townRegion}, 'unknown') END`;
