import type { homeDa } from '../da/home';

export const homeEn: typeof homeDa = {
  title: 'Your APV processes',
  intro:
    'Keep the whole APV route in one place: preparation, both dialogue meetings, the assessment meeting, the action plan and the follow-up. Everything is stored on this computer only.',
  empty: 'No processes yet. Create the first one for your workplace or department.',
  createLabel: 'Workplace or department',
  createPlaceholder: 'E.g. Sunflower Kindergarten',
  create: 'Create process',
  columns: {
    name: 'Process',
    phase: 'Current phase',
    nextMeeting: 'Next meeting',
    actions: 'Actions',
  },
  noMeeting: 'Not planned',
  renameLabel: (name: string) => `New name for ${name}`,
  saveName: 'Save name',
  confirmDelete: (name: string) =>
    `Delete the process “${name}”? All its content disappears from this computer. You can undo right after.`,
  deleteTitle: 'Delete the process?',
  deleted: (name: string) => `“${name}” was deleted.`,
};
