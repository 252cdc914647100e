import { useEffect, useState } from 'react';
import { phoneDa } from '../i18n/da/phone';
import { PhoneCode } from './PhoneCode';
import { PhoneStep } from './PhoneStep';
import { usePhoneRoom } from './usePhoneRoom';

export type PhoneTexts = typeof phoneDa;
const LANGUAGE_KEY = 'apv-phone-language';

/** Danish comes with the page; English loads when chosen. */
let english: PhoneTexts | null = null;
const loadEnglish = async (): Promise<PhoneTexts> =>
  (english ??= (await import('../i18n/en/phone')).phoneEn);

/** The phone page: joins the room in its link (or the code typed here) and follows the meeting. */
export function PhoneApp() {
  const [language, setLanguage] = useState<'da' | 'en'>(() =>
    localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'da',
  );
  const [texts, setTexts] = useState<PhoneTexts | null>(english);
  const t = language === 'en' && texts ? texts : phoneDa;
  const { room, state, fragment } = usePhoneRoom();
  useEffect(() => {
    document.documentElement.lang = language;
    if (language === 'en') void loadEnglish().then(setTexts);
  }, [language]);
  const toggle = () => {
    const next = language === 'en' ? 'da' : 'en';
    localStorage.setItem(LANGUAGE_KEY, next);
    setLanguage(next);
  };

  let body;
  if (fragment === 'empty' || fragment === 'bad')
    body = <PhoneCode t={t} bad={fragment === 'bad'} />;
  else if (!room || !state) body = <p className="ph-notice">{t.connecting}</p>;
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
  else
    body = (
      <PhoneStep
        room={room}
        state={state}
        view={state.view}
        t={t}
        language={t === phoneDa ? 'da' : 'en'}
      />
    );

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
