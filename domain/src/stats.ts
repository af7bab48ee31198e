/**
 * What the statistics can be asked for, shared by the screen and the server: the dimensions a table is
 * cut by, the measures it shows, and the closed lists of values the server maps the data onto.
 */
export const statsDimensions = [
  'sector',
  'region',
  'funding',
  'language',
  'levelStart',
  'levelTarget',
  'levelReached',
  'month',
  'quarter',
] as const;
export type StatsDimension = (typeof statsDimensions)[number];

export const statsMeasures = [
  'learners',
  'contracts',
  'hoursAttended',
  'attendanceRate',
  'levelProgress',
  'surveyScore',
  'completion',
] as const;
export type StatsMeasure = (typeof statsMeasures)[number];

/** The régions of metropolitan France, overseas, abroad and an unknown locality. */
export const statsRegions = ['ara', 'bfc', 'bre', 'cvl', 'cor', 'ges', 'hdf', 'idf', 'nor', 'naq', 'occ', 'pdl', 'pac', 'dom', 'abroad', 'unknown'] as const;

/** The value for "no employer" (sector) and "not assessed" (levels). */
export const STATS_NONE = 'none';

/** Months and quarters of the contract's start, as the rollup writes them. */
export const statsMonths = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'] as const;
export const statsQuarters = { T1: ['01', '02', '03'], T2: ['04', '05', '06'], T3: ['07', '08', '09'], T4: ['10', '11', '12'] } as const;

/** The threshold k: a cell resting on fewer learners is never shown; the DPO may raise it, never below this. */
export const STATS_MIN_THRESHOLD = 3;
export const STATS_DEFAULT_THRESHOLD = 5;
