import { useT } from '../../i18n/useT';
import { clock } from '../../store/clock';
import { CaptureBoard } from './CaptureBoard';
import { useCurrentProcess } from '../common/ProcessContext';

/** The gallery of strengths: each interview group's flip-over, typed in line by line. */
export function StrengthsCapture({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { process, commit } = useCurrentProcess();
  const t = useT().capture;
  return (
    <CaptureBoard
      headingLevel={headingLevel}
      testId="strengths-capture"
      draftField="strengths:new"
      texts={t.strengths}
      groupKind="interview3"
      people={process.people}
      lines={process.wishes.strengths}
      add={(text, group) =>
        commit({
          type: 'strengthAdded',
          strengthId: clock.newId(),
          text,
          group,
          at: clock.now().toISOString(),
        })
      }
      edit={(line, text, group) =>
        commit({ type: 'strengthEdited', strengthId: line.id, text, group })
      }
      remove={(line) => {
        const reason = commit({ type: 'strengthRemoved', strengthId: line.id });
        if (reason) return { reason };
        return {
          // Put back with its id and time, so it keeps its place in its group.
          undo: () => {
            commit({
              type: 'strengthAdded',
              strengthId: line.id,
              text: line.text,
              group: line.group,
              at: line.createdAt,
            });
          },
        };
      }}
    />
  );
}
