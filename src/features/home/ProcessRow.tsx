import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ApvProcess } from '../../domain/document';
import { LIMITS } from '../../domain/limits';
import { currentPhase } from '../../domain/process/phases';
import { processPhases } from '../../domain/process/derivedPhases';
import { useT } from '../../i18n/useT';
import { paths } from '../../paths';
import { useAppStore } from '../../store/store';
import { NextMeeting } from '../common/NextMeeting';
import { RevisionDue } from '../common/RevisionDue';

interface ProcessRowProps {
  process: ApvProcess;
  now: Date;
  onDelete: (process: ApvProcess) => void;
}

export function ProcessRow({ process, now, onDelete }: ProcessRowProps) {
  const t = useT();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(process.name);
  const eventRecorded = useAppStore((s) => s.eventRecorded);
  const inputId = `rename-${process.id}`;
  const saveName = () => {
    if (name.trim() !== '') eventRecorded(process.id, { type: 'processRenamed', name });
    setRenaming(false);
  };
  return (
    <tr>
      <th scope="row">
        {renaming ? (
          <form
            className="inline-form compact"
            onSubmit={(e) => {
              e.preventDefault();
              saveName();
            }}
          >
            <label htmlFor={inputId} className="visually-hidden">
              {t.home.renameLabel(process.name)}
            </label>
            <input
              id={inputId}
              value={name}
              maxLength={LIMITS.shortText}
              autoFocus
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setRenaming(false);
              }}
            />
            <button type="submit" className="button">
              {t.home.saveName}
            </button>
          </form>
        ) : (
          <Link to={paths.process(process.id)}>{process.name}</Link>
        )}
      </th>
      <td>
        {t.process.phases[currentPhase(processPhases(process))]}
        <RevisionDue process={process} now={now} />
      </td>
      <td>
        <NextMeeting meetings={process.meetings} now={now} />
      </td>
      <td className="row-actions">
        <button
          type="button"
          className="button"
          aria-label={`${t.common.actions.rename}: ${process.name}`}
          onClick={() => {
            setName(process.name);
            setRenaming(true);
          }}
        >
          {t.common.actions.rename}
        </button>
        <button
          type="button"
          className="button danger"
          aria-label={`${t.common.actions.delete}: ${process.name}`}
          onClick={() => onDelete(process)}
        >
          {t.common.actions.delete}
        </button>
      </td>
    </tr>
  );
}
