import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DataProblem, describeProblem } from '../domain/data/dataset';
import { download } from '../datasets/download';
import { useAppStore } from '../state/store';

/**
 * Downloads an added article's bundle for geodata/, and says what must still be done by hand
 * before `npm run validate` accepts it (an event without actors, say).
 */
export function DownloadBundle({ datasetId, name }: { datasetId: string; name?: string }) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<DataProblem[] | null>(null);
  const [failed, setFailed] = useState(false);
  const lang = useAppStore((state) => state.lang);

  const onClick = async () => {
    try {
      // The bundle's code and the gazetteer load only when a bundle is asked for.
      const [{ articleBundle }, { bundleFileName }] = await Promise.all([
        import('../state/article-bundle'),
        import('../domain/articles/bundle'),
      ]);
      const { bundle, problems } = await articleBundle(datasetId);
      download(bundleFileName(bundle), JSON.stringify(bundle, null, 2), 'application/json');
      setProblems(problems);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };

  return (
    <div className="download-bundle">
      <button
        type="button"
        aria-label={name ? t('addArticle.downloadNamed', { name }) : undefined}
        onClick={() => void onClick()}
      >
        {t('addArticle.download')}
      </button>
      <div role="status">
        {failed && <p>{t('addArticle.downloadFailed')}</p>}
        {problems && problems.length > 0 && (
          <>
            <p>{t('addArticle.bundleProblems', { count: problems.length })}</p>
            <ul className="bundle-problems">
              {problems.map((problem, index) => (
                <li key={index}>{describeProblem(problem, lang)}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
