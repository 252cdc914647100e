import { createContext, useContext } from 'react';

/**
 * Whether the last change to the documents came from another window. The app provides the
 * store's answer; a field asks it when its value changes under a value it had just committed.
 */
export const ChangedElsewhereContext = createContext<() => boolean>(() => false);

export const useChangedElsewhere = (): (() => boolean) => useContext(ChangedElsewhereContext);
