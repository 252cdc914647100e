import type { planDa } from '../da/plan';

export const planEn: typeof planDa = {};
