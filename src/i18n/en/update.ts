import type { updateDa } from '../da/update';

export const updateEn: typeof updateDa = {
  title: 'New version ready',
  body: 'Press “Reload” when it suits you. Your data stays where it is.',
  meetingRunning:
    'A meeting is running. The new version waits until the meeting is paused or finished, so neither the controls nor the projector change mid-meeting.',
  reload: 'Reload',
  later: 'Later',
};
