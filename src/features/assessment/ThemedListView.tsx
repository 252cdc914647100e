import { useMemo } from 'react';
import { themedList } from '../../domain/wishes/themes';
import { useT } from '../../i18n/useT';
import { Continued, PagedBoard, type PagedChapter } from '../common/PagedBoard';
import { useCurrentProcess } from '../common/ProcessContext';
import './assessment.css';

/**
 * The projector's clean bruttoliste, grouped by theme, for the opening of meeting 2; pages of
 * columns when the themes do not fit on one screen.
 */
export function ThemedListView() {
  const t = useT().wishes;
  const { process } = useCurrentProcess();
  const section = process.wishes;
  const groups = useMemo(() => themedList(section), [section]);
  const shown = groups.filter((g) => g.rows.length > 0);
  const chapters: PagedChapter[] =
    shown.length === 0
      ? []
      : [
          {
            key: 'themes',
            title: null,
            groups: shown.map((group) => {
              const name = group.theme?.name ?? t.themes.unthemed;
              return {
                key: group.theme?.id ?? 'unthemed',
                heading: (continued: boolean) => (
                  <h2>
                    {name}
                    <Continued continued={continued} />
                  </h2>
                ),
                items: group.rows.map((row) => ({ key: row.wish.id, node: row.wish.text })),
              };
            }),
          },
        ];
  const contentKey = JSON.stringify(
    shown.map((g) => [g.theme?.name ?? null, g.rows.map((r) => r.wish.text)]),
  );
  return (
    <section className="projected-themes" aria-labelledby="projected-themes-title">
      <PagedBoard
        header={
          <>
            <h1 id="projected-themes-title">{t.themes.projectedTitle}</h1>
            {shown.length === 0 ? <p className="projected-empty">{t.marks.empty}</p> : null}
          </>
        }
        chapters={chapters}
        contentKey={contentKey}
        minColumnEm={16}
        testId="themed-list-view"
      />
    </section>
  );
}
