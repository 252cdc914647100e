import { createContext, useContext, type ReactNode } from 'react';

/** The level of the headings inside a step: one below the step's own heading. */
export const SubHeading = createContext<'h3' | 'h4'>('h3');

export function SubHeadingTitle({ id, children }: { id: string; children: ReactNode }) {
  return useContext(SubHeading) === 'h3' ? (
    <h3 id={id}>{children}</h3>
  ) : (
    <h4 id={id}>{children}</h4>
  );
}
