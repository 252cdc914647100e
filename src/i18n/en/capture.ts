import type { captureDa } from '../da/capture';

export const captureEn: typeof captureDa = {};
