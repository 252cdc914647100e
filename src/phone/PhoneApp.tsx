import { useState } from 'react';
import { phoneDa } from '../i18n/da/phone';
import { phoneEn } from '../i18n/en/phone';
import { PhoneStep } from './PhoneStep';
import { usePhoneRoom } from './usePhoneRoom';

export type PhoneTexts = typeof phoneDa;
const LANGUAGE_KEY = 'apv-phone-language';

/** The phone page: joins the room in its link and follows the meeting. */
export function PhoneApp() {
  const [language, setLanguage] = useState<'da' | 'en'>(() =>
    localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'da',
  );
  const t = language === 'en' ? phoneEn : phoneDa;
  const { room, state } = usePhoneRoom();
  const toggle = () => {
    const next = language === 'en' ? 'da' : 'en';
    localStorage.setItem(LANGUAGE_KEY, next);
    document.documentElement.lang = next;
    setLanguage(next);
  };

  let body;
  if (!room || !state) body = <p className="ph-notice ph-problem">{t.badLink}</p>;
  else if (state.connection === 'refused')
    body = <p className="ph-notice ph-problem">{t.refused}</p>;
  else if (state.connection === 'newer') {
    body = (
      <div className="ph-notice ph-problem">
        <p>{t.newer}</p>
        <button type="button" className="ph-button" onClick={() => window.location.reload()}>
          {t.reload}
        </button>
      </div>
    );
  } else if (!state.view) body = <p className="ph-notice">{t.connecting}</p>;
  else if (!state.view.open) body = <p className="ph-notice">{t.closed}</p>;
  else body = <PhoneStep room={room} state={state} view={state.view} t={t} />;

  return (
    <div className="ph-page" lang={language}>
      <header className="ph-header">
        <h1>{t.title}</h1>
        <button
          type="button"
          className="ph-lang"
          onClick={toggle}
          lang={language === 'en' ? 'da' : 'en'}
        >
          {t.language}
        </button>
      </header>
      {state?.connection === 'offline' ? (
        <p className="ph-offline" role="status">
          {t.offline}
        </p>
      ) : null}
      <main className="ph-main">{body}</main>
    </div>
  );
}
