import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/styles.css';
import { ensureCoreTexts } from './i18n/packs';
import { startStore } from './store/start';
import { useAppStore } from './store/store';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
void startStore();
void ensureCoreTexts(useAppStore.getState().language);
document.documentElement.dataset.appVersion = __APP_VERSION__;
// Offline support and updates; only in a build (the dev server has no service worker). Its
// code loads after the first render, outside the first load (src/firstLoad.test.ts).
if (import.meta.env.PROD)
  void import('./app/offline/serviceWorker').then(({ startServiceWorker }) => startServiceWorker());
