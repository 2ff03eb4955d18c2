import { type DragEvent, type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_WORDS } from '../domain/extract/article-facts';
import {
  proposeEvents,
  setPublished,
  setText,
  setTitle,
  useAddArticleStore,
} from '../state/add-article-store';

async function readTextFile(file: File): Promise<string | null> {
  const text = await file.text();
  // A NUL or a run of replacement characters: a binary file, not text.
  return text.includes('\u0000') || text.includes('\ufffd\ufffd\ufffd') ? null : text;
}

/** The text, its headline and its publication date; then "Ereignisse vorschlagen". */
export function WriteStep() {
  const { t } = useTranslation();
  const text = useAddArticleStore((state) => state.text);
  const title = useAddArticleStore((state) => state.title);
  const published = useAddArticleStore((state) => state.published);
  const publishedFrom = useAddArticleStore((state) => state.publishedFrom);
  const problem = useAddArticleStore((state) => state.problem);
  const busy = useAddArticleStore((state) => state.busy);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const ids = { text: useId(), title: useId(), date: useId(), dateHint: useId(), problem: useId() };

  const takeFile = async (file: File | undefined) => {
    if (!file) return;
    const content = await readTextFile(file).catch(() => null);
    if (content === null) {
      setFileProblem(t('addArticle.fileFailed', { name: file.name }));
      return;
    }
    setFileProblem(null);
    setText(content);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) void takeFile(file);
    else {
      const dropped = event.dataTransfer.getData('text/plain');
      if (dropped) setText(dropped);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void proposeEvents();
  };

  const message =
    fileProblem ?? (problem && t(`addArticle.problems.${problem}`, { min: MIN_WORDS }));

  return (
    <form className="add-article-write" onSubmit={onSubmit} noValidate>
      <p className="add-article-intro">{t('addArticle.intro')}</p>
      <label htmlFor={ids.text}>{t('addArticle.text')}</label>
      <div
        className={`add-article-drop${over ? ' over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <textarea
          id={ids.text}
          lang="de"
          value={text}
          rows={12}
          aria-invalid={problem === 'empty' || problem === 'short' || problem === 'notGerman'}
          aria-describedby={message ? ids.problem : undefined}
          onChange={(event) => setText(event.target.value)}
        />
        <p className="add-article-file">
          {t('addArticle.dropZone')}{' '}
          <button type="button" onClick={() => fileRef.current?.click()}>
            {t('addArticle.chooseFile')}
          </button>
          <input
            ref={fileRef}
            type="file"
            accept=".txt,text/plain"
            hidden
            onChange={(event) => {
              void takeFile(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
        </p>
      </div>
      <div className="add-article-fields">
        <div className="add-article-field">
          <label htmlFor={ids.title}>{t('addArticle.headline')}</label>
          <input
            id={ids.title}
            type="text"
            lang="de"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
          />
          <span className="add-article-field-hint">{t('addArticle.headlineHint')}</span>
        </div>
        <div className="add-article-field">
          <label htmlFor={ids.date}>{t('addArticle.published')}</label>
          <input
            id={ids.date}
            type="date"
            required
            value={published}
            aria-invalid={problem === 'noDate'}
            aria-describedby={ids.dateHint}
            onChange={(event) => setPublished(event.target.value)}
          />
          <span id={ids.dateHint} className="add-article-field-hint">
            {publishedFrom === 'text'
              ? t('addArticle.publishedSuggested')
              : text.trim() && !published
                ? t('addArticle.publishedNeeded')
                : ''}
          </span>
        </div>
      </div>
      <p id={ids.problem} className="add-article-problem" role="alert">
        {message || ''}
      </p>
      <div className="add-article-actions">
        <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
          {busy ? t('addArticle.working') : t('addArticle.propose')}
        </button>
      </div>
    </form>
  );
}
