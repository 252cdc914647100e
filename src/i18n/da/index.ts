import { daCore } from './core';
import { daPages } from './pages';

export const da = { ...daCore, ...daPages };
