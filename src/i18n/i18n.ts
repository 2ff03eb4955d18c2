import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../domain/time/describe-date';
import { resources } from './messages';

/** The browser's preference, used only when the URL does not say `lang`. */
export function browserLang(languages: readonly string[] = navigator.languages): Lang {
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0];
    if (base === 'de' || base === 'en') return base;
  }
  return 'en';
}

export async function initI18n(lang: Lang): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: 'en',
    // React escapes what it renders; i18next must not escape a second time.
    interpolation: { escapeValue: false },
  });
}
