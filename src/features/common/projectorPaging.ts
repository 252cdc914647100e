import { createContext, useContext } from 'react';

/**
 * What the projector window tells a long view: the page the controller asked for, and where
 * to say how many pages the view made of its list on this screen.
 */
export interface ProjectorPaging {
  page: number;
  onPages: (count: number) => void;
}

const PagingContext = createContext<ProjectorPaging>({ page: 0, onPages: () => {} });
export const ProjectorPagingProvider = PagingContext.Provider;

export function useProjectorPaging(): ProjectorPaging {
  return useContext(PagingContext);
}
