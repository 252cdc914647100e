import { useState } from 'react';
import type { Option } from './themeBoardIds';

interface MoveToThemeProps {
  id: string;
  wishId: string;
  /** The wish's theme now (`NONE` for none). */
  value: string;
  options: Option[];
  label: string;
  onChange: (select: HTMLSelectElement) => void;
}

/**
 * A wish's »flyt til tema« select. It lists every theme only while it is in use (focused, or
 * under the pointer or a finger, which comes before it opens): otherwise it holds just the
 * theme it shows, since a board of 2,000 wishes and 20 themes would hold 40,000 options.
 */
export function MoveToTheme({ id, wishId, value, options, label, onChange }: MoveToThemeProps) {
  const [focused, setFocused] = useState(false);
  const [pointed, setPointed] = useState(false);
  const listed = focused || pointed ? options : options.filter((o) => o.id === value);
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <select
        id={id}
        data-move-select={wishId}
        value={value}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onPointerEnter={() => setPointed(true)}
        onPointerLeave={() => setPointed(false)}
        onChange={(e) => onChange(e.currentTarget)}
      >
        {listed.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </>
  );
}
