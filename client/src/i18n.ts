import polyglotI18nProvider from 'ra-i18n-polyglot';
import { en } from './i18n/en.ts';
import { fr } from './i18n/fr.ts';

/** French is the staff's working language; English is one click away in the app bar. */
export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'en' ? en : fr), 'fr', [
  { locale: 'fr', name: 'Français' },
  { locale: 'en', name: 'English' },
]);
