import { useState, type FormEvent } from 'react';
import { useT } from '../../i18n/useT';
import { useWishesCommand, type Attempt } from '../common/useWishes';
import { refocus } from './refocus';
import { NONE, controlId } from './themeBoardIds';

interface ThemeHeaderProps {
  container: string;
  name: string;
  /** The id of the heading, which labels the whole column. */
  headingId: string;
  /** How many wishes the column holds. */
  count: number;
  /** Position among the themes; -1 for the wishes under no theme. */
  themeIndex: number;
  themeCount: number;
  report: (result: Attempt, success: string) => boolean;
}

/** A column's heading; for a theme also its rename, move and remove controls and rename form. */
export function ThemeHeader({
  container,
  name,
  headingId,
  count,
  themeIndex,
  themeCount,
  report,
}: ThemeHeaderProps) {
  const t = useT().wishes.themeBoard;
  const command = useWishesCommand();
  const [renaming, setRenaming] = useState(false);
  const [newName, setNewName] = useState(name);
  const isTheme = container !== NONE;

  const moveTheme = (index: number, control: string) => {
    if (report(command({ type: 'themeMoved', themeId: container, index }), ''))
      refocus(
        controlId('theme', container, control),
        controlId('theme', container, control === 'up' ? 'down' : 'up'),
      );
  };
  const rename = (event: FormEvent) => {
    event.preventDefault();
    if (report(command({ type: 'themeRenamed', themeId: container, name: newName }), ''))
      setRenaming(false);
  };

  return (
    <>
      <header className="theme-header">
        <h3 id={headingId}>
          {name} <span className="theme-count">({t.count(count)})</span>
        </h3>
        {isTheme && !renaming ? (
          <span className="row-actions">
            <button
              type="button"
              className="button"
              aria-label={t.renameLabel(name)}
              onClick={() => {
                setNewName(name);
                setRenaming(true);
              }}
            >
              {t.rename}
            </button>
            <button
              type="button"
              className="button icon"
              aria-label={t.themeUp(name)}
              id={controlId('theme', container, 'up')}
              disabled={themeIndex === 0}
              onClick={() => moveTheme(themeIndex - 1, 'up')}
            >
              ↑
            </button>
            <button
              type="button"
              className="button icon"
              aria-label={t.themeDown(name)}
              id={controlId('theme', container, 'down')}
              disabled={themeIndex === themeCount - 1}
              onClick={() => moveTheme(themeIndex + 1, 'down')}
            >
              ↓
            </button>
            <button
              type="button"
              className="button"
              aria-label={t.removeLabel(name)}
              onClick={() =>
                report(command({ type: 'themeRemoved', themeId: container }), t.removed(name))
              }
            >
              {t.remove}
            </button>
          </span>
        ) : null}
      </header>
      {renaming ? (
        <form
          className="inline-form"
          onSubmit={rename}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setRenaming(false);
          }}
        >
          <div className="field">
            <label htmlFor={`${headingId}-name`}>{t.newName}</label>
            <input
              id={`${headingId}-name`}
              value={newName}
              autoFocus
              onChange={(e) => setNewName(e.target.value)}
            />
          </div>
          <button type="submit" className="button primary">
            {t.save}
          </button>
          <button type="button" className="button" onClick={() => setRenaming(false)}>
            {t.cancel}
          </button>
        </form>
      ) : null}
    </>
  );
}
