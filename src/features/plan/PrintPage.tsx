import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import type { DocModel } from '../../domain/export/docModel';
import { useT } from '../../i18n/useT';
import { paths } from '../../paths';
import { useCurrentProcess } from '../common/ProcessContext';
import { DocModelPrint } from './DocModelPrint';
import './planPrint.css';

/** The custom property the printed pages' footer reads (planPrint.css, @page doc-a4). */
export const PAGE_WORDS_PROPERTY = '--print-page-words';

/** A text as a CSS string: quotes and backslashes escaped, line breaks as spaces. */
const cssString = (text: string) =>
  `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ')}"`;

/**
 * "Side 3 af 8" on every printed page, in the dictionary's words. The footer's content comes
 * from a custom property on the root element, which the page boxes inherit; it is set through
 * the CSSOM, which the Content-Security-Policy (no inline styles) allows.
 */
function usePageWords(words: DocModel['page']) {
  useEffect(() => {
    const root = document.documentElement.style;
    root.setProperty(
      PAGE_WORDS_PROPERTY,
      `${cssString(`${words.page} `)} counter(page) ${cssString(` ${words.of} `)} counter(pages)`,
    );
    return () => {
      root.removeProperty(PAGE_WORDS_PROPERTY);
    };
  }, [words.page, words.of]);
}

/** A document model for print / PDF: A4 portrait, with a way back and a print button. */
export function PrintPage({ model }: { model: DocModel }) {
  const { process } = useCurrentProcess();
  const t = useT().plan.print;
  usePageWords(model.page);
  return (
    <div className="print-page">
      <div className="print-toolbar no-print">
        <Link to={paths.phase(process.id, 'plan')}>{t.back}</Link>
        <button type="button" className="button primary" onClick={() => window.print()}>
          {t.print}
        </button>
        <p className="field-hint">{t.hint}</p>
      </div>
      <DocModelPrint model={model} />
    </div>
  );
}
