import { useMemo } from 'react';
import { themedList } from '../../domain/wishes/themes';
import { useT } from '../../i18n/useT';
import { useCurrentProcess } from '../common/ProcessContext';
import './assessment.css';

/** The projector's clean bruttoliste, grouped by theme, for the opening of meeting 2. */
export function ThemedListView() {
  const t = useT().wishes;
  const { process } = useCurrentProcess();
  const section = process.wishes;
  const groups = useMemo(() => themedList(section), [section]);
  const shown = groups.filter((g) => g.rows.length > 0);
  return (
    <section className="projected-themes" aria-labelledby="projected-themes-title">
      <h1 id="projected-themes-title">{t.themes.projectedTitle}</h1>
      {shown.length === 0 ? <p className="projected-empty">{t.marks.empty}</p> : null}
      <div className="projected-theme-grid">
        {shown.map((group) => (
          <section
            key={group.theme?.id ?? 'unthemed'}
            aria-labelledby={`projected-theme-${group.theme?.id ?? 'unthemed'}`}
          >
            <h2 id={`projected-theme-${group.theme?.id ?? 'unthemed'}`}>
              {group.theme?.name ?? t.themes.unthemed}
            </h2>
            <ul>
              {group.rows.map((row) => (
                <li key={row.wish.id}>{row.wish.text}</li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
