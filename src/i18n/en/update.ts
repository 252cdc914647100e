import type { updateDa } from '../da/update';

export const updateEn: typeof updateDa = {
  title: 'New version ready.',
  body: 'Press “Reload” when it suits you. Your data stays where it is.',
  meetingRunning:
    'A meeting is running. The new version waits until the meeting is paused or finished, so neither the controls nor the projector change mid-meeting.',
  reload: 'Reload',
  later: 'Later',
  app: {
    name: 'APV Dialog – workplace assessment by dialogue',
    description:
      'Run the legally required workplace assessment (APV) by the appreciative-dialogue method: agenda and countdown for the dialogue meetings, gross wish list, assessment, action plan and follow-up. Works with no network; everything is stored on the computer.',
    pageDescription:
      'Workplace assessment by the appreciative-dialogue method: dialogue meetings, gross wish list, assessment, action plan and follow-up. Works with no network.',
  },
};
