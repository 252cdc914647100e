import type { meetingDa } from '../da/meeting';

export const meetingEn: typeof meetingDa = {};
