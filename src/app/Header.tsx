import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../domain/time/describe-date';
import { LANGS } from '../domain/url/codec';
import { setLang } from '../state/navigation';
import { useAppStore } from '../state/store';
import { AddArticleButton } from '../add-article/AddArticleButton';
import { DataButton } from '../datasets/DataButton';
import { SearchBox } from '../search/SearchBox';

export function Header() {
  const { t } = useTranslation();
  const lang = useAppStore((state) => state.lang);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  return (
    <header className="app-header">
      <h1>
        {t('appTitle')} <span className="subtitle">{t('appSubtitle')}</span>
      </h1>
      <div className="header-controls">
        <SearchBox />
        <AddArticleButton />
        <DataButton />
        {/* On a narrow phone only "Link" shows; the name stays whole for screen readers. */}
        <button type="button" onClick={copyLink} aria-label={t('copyLink')}>
          <span className="label-head">{t('copyLinkShort')}</span>
          <span className="label-tail"> {t('copyLinkRest')}</span>
        </button>
        <span className="copy-status" role="status">
          {copyState === 'copied'
            ? t('linkCopied')
            : copyState === 'failed'
              ? t('linkCopyFailed')
              : ''}
        </span>
        <label className="language-control">
          <span className="language-label">{t('language')}</span>{' '}
          <select value={lang} onChange={(event) => setLang(event.target.value as Lang)}>
            {LANGS.map((option) => (
              <option key={option} value={option} lang={option}>
                {option === 'de' ? 'Deutsch' : 'English'}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
