export interface Person {
  id: string;
  name: string;
}

export interface Department {
  id: string;
  name: string;
  headcount: number;
}

export interface People {
  /** Everyone invited to the dialogue meetings, managers included; null until known. */
  participants: number | null;
  departments: Department[];
  moedeleder: string;
  moedeassistenter: Person[];
  amg: Person[];
}

export type PersonRole = 'moedeassistenter' | 'amg';

export function emptyPeople(): People {
  return { participants: null, departments: [], moedeleder: '', moedeassistenter: [], amg: [] };
}

/**
 * How many mødeassistenter to suggest for a group: none up to 20 people, then one per
 * 20 more. A rule of thumb of ours; the method only says large groups need assistants.
 */
export function suggestedAssistantCount(participants: number | null): number {
  if (participants === null || participants <= 20) return 0;
  return Math.ceil((participants - 20) / 20);
}

export function departmentHeadcountTotal(departments: Department[]): number {
  return departments.reduce((sum, d) => sum + d.headcount, 0);
}

/** Whole number ≥ 1, for counts such as participants and head counts. */
export function isPositiveWholeNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 1;
}
