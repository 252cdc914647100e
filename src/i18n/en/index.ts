import type { Dictionary } from '../dictionary';
import { enCore } from './core';
import { enPages } from './pages';

export const en: Dictionary = { ...enCore, ...enPages };
