import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { usePageRule } from '../../components/usePageRule';
import type { WishAssessment } from '../../domain/wishes/types';
import { currentSelection } from '../../domain/wishes/selection';
import { themedList } from '../../domain/wishes/themes';
import { useFormatDate } from '../../i18n/useFormatDate';
import { useT } from '../../i18n/useT';
import { paths } from '../../paths';
import { clock } from '../../store/clock';
import { useCurrentProcess } from '../common/ProcessContext';
import './print.css';

type Format = 'a4' | 'poster';

const PAGE_RULES: Record<Format, string> = {
  a4: '@page { size: A4 portrait; margin: 15mm; }',
  poster: '@page { size: A3 portrait; margin: 12mm; }',
};

/** The clean ("renskrevet") bruttoliste: grouped by theme, for paper or the wall. */
export function BruttolistePrint() {
  const tw = useT().wishes;
  const t = tw.print;
  const { process } = useCurrentProcess();
  const section = process.wishes;
  const id = useId();
  const groups = useMemo(() => themedList(section).filter((g) => g.rows.length > 0), [section]);
  const assessments = useMemo(
    () => new Map(section.assessments.map((a) => [a.wishId, a])),
    [section.assessments],
  );
  const selected = useMemo(() => new Set(currentSelection(section).wishIds), [section]);
  const formatDate = useFormatDate();
  const [showSelected, setShowSelected] = useState(true);
  const [showMarks, setShowMarks] = useState(true);
  const [showGroups, setShowGroups] = useState(false);
  const [showMerged, setShowMerged] = useState(false);
  const [showAssessment, setShowAssessment] = useState(false);
  const [format, setFormat] = useState<Format>('a4');
  usePageRule(PAGE_RULES[format]);
  const options = [
    [t.showSelected, showSelected, setShowSelected],
    [t.showMarks, showMarks, setShowMarks],
    [t.showGroups, showGroups, setShowGroups],
    [t.showMerged, showMerged, setShowMerged],
    [t.showAssessment, showAssessment, setShowAssessment],
  ] as const;

  return (
    <div className={`print-page format-${format}`}>
      <div className="print-controls card">
        <fieldset>
          <legend>{t.options}</legend>
          {options.map(([label, checked, set]) => (
            <label key={label} className="checkbox-label">
              <input type="checkbox" checked={checked} onChange={(e) => set(e.target.checked)} />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t.format}</legend>
          {(['a4', 'poster'] as const).map((f) => (
            <label key={f} className="radio">
              <input
                type="radio"
                name={`${id}-format`}
                checked={format === f}
                onChange={() => setFormat(f)}
              />{' '}
              {f === 'a4' ? t.a4 : t.poster}
            </label>
          ))}
        </fieldset>
        <p className="row-actions">
          <button type="button" className="button primary" onClick={() => window.print()}>
            {t.print}
          </button>
          <Link to={paths.bruttoliste(process.id)}>{t.back}</Link>
        </p>
      </div>
      <article className="print-sheet" aria-labelledby={`${id}-title`}>
        <h1 id={`${id}-title`}>{t.title}</h1>
        <p className="print-subtitle">
          {t.printedFor(process.name)} · {t.printedOn(formatDate(clock.now(), 'd. MMMM yyyy'))}
        </p>
        {groups.length === 0 ? <p>{t.empty}</p> : null}
        {groups.map((group) => (
          <section
            key={group.theme?.id ?? 'none'}
            className="print-theme"
            aria-labelledby={`${id}-${group.theme?.id ?? 'none'}`}
          >
            <h2 id={`${id}-${group.theme?.id ?? 'none'}`}>
              {group.theme?.name ?? tw.themes.unthemed}
            </h2>
            <ul>
              {group.rows.map((row) => (
                <li key={row.wish.id}>
                  {showSelected && selected.has(row.wish.id) ? (
                    <strong className="print-selected">{t.selected}: </strong>
                  ) : null}
                  <span className="print-wish">{row.wish.text}</span>
                  {showMarks ? (
                    <span className="print-marks">{tw.ranking.marksCount(row.total)}</span>
                  ) : null}
                  {showGroups ? (
                    <span className="print-groups">{tw.groupsLabel(row.groups)}</span>
                  ) : null}
                  {showMerged && row.merged.length > 0 ? (
                    <span className="print-merged">
                      {tw.list.mergedWith}: {row.merged.map((m) => `»${m.text}«`).join(', ')}
                    </span>
                  ) : null}
                  {showAssessment ? (
                    <AssessmentLine assessment={assessments.get(row.wish.id)} />
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </article>
    </div>
  );
}

function AssessmentLine({ assessment }: { assessment: WishAssessment | undefined }) {
  const t = useT().wishes.assessment.wishes;
  if (!assessment || (!assessment.note && !assessment.decision)) return null;
  return (
    <span className="print-assessment">
      {assessment.decision ? <strong>{t.decisions[assessment.decision]}</strong> : null}
      {assessment.decision && assessment.reason ? `: ${assessment.reason}` : null}
      {assessment.note ? (
        <>
          {assessment.decision ? ' — ' : null}
          {assessment.note}
        </>
      ) : null}
    </span>
  );
}
