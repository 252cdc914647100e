import type { PhaseId } from '../../domain/process/phases';
import { useT } from '../../i18n/useT';
import { PhaseStatusControl } from './PhaseStatusControl';

type LaterPhase = Exclude<PhaseId, 'preparation'>;

/** A phase whose workspace is not built yet: says what it will hold, and keeps its status. */
export function ComingPhase({ phase }: { phase: LaterPhase }) {
  const t = useT().process;
  return (
    <>
      <h1>{t.phases[phase]}</h1>
      <p className="lead">{t.phaseSummaries[phase]}</p>
      <section aria-labelledby="coming-title" className="card">
        <h2 id="coming-title">{t.coming.title}</h2>
        <p>{t.coming.intro}</p>
        <ul>
          {t.coming.items[phase].map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <PhaseStatusControl phase={phase} />
    </>
  );
}
