export const planDa = {};
