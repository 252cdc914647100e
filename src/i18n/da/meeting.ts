export const meetingDa = {};
