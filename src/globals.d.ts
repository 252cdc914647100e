/** The app's version (package.json, or APV_VERSION at build time); see vite.config.ts. */
declare const __APP_VERSION__: string;
