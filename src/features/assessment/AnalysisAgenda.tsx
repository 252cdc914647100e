import { useId } from 'react';
import { TextField } from '../../components/TextField';
import { ANALYSIS_POINT_IDS } from '../../domain/wishes/types';
import { useT } from '../../i18n/useT';
import { useCurrentProcess } from '../common/ProcessContext';
import { useWishesCommand } from '../common/useWishes';

/** The assessment meeting's six analysis points, in order, each with its notes. */
export function AnalysisAgenda() {
  const t = useT().wishes.assessment.agenda;
  const refused = useT().refused;
  const { process } = useCurrentProcess();
  const command = useWishesCommand();
  const id = useId();
  const notes = process.wishes.analysisNotes;
  return (
    <section className="card analysis-agenda" aria-labelledby={id}>
      <h2 id={id}>{t.heading}</h2>
      <p className="field-hint">{t.intro}</p>
      <ol className="agenda-points">
        {ANALYSIS_POINT_IDS.map((point, index) => (
          <li key={point} className={notes[point].trim() ? 'agenda-point noted' : 'agenda-point'}>
            <h3>
              <span className="agenda-number" aria-hidden="true">
                {index + 1}
              </span>{' '}
              {t.points[point].title}
            </h3>
            <TextField
              draftField={`analysis:${point}`}
              multiline
              label={`${t.notes}: ${t.points[point].title}`}
              hint={t.points[point].prompt}
              value={notes[point]}
              onCommit={(text) => {
                const result = command({ type: 'analysisNoted', point, text });
                return result.ok ? null : refused[result.reason];
              }}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
