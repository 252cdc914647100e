export const captureDa = {};
