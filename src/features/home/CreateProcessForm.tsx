import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { LIMITS } from '../../domain/limits';
import { useT } from '../../i18n/useT';
import { paths } from '../../paths';
import { useAppStore } from '../../store/store';
import { FieldError } from '../../components/FieldError';

export function CreateProcessForm() {
  const t = useT();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const processCreated = useAppStore((s) => s.processCreated);
  const navigate = useNavigate();
  return (
    <form
      className="inline-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim() === '') {
          setError(t.common.validation.required);
          return;
        }
        const id = processCreated(name);
        navigate(paths.process(id));
      }}
    >
      <div className="field">
        <label htmlFor="new-process-name">{t.home.createLabel}</label>
        <input
          id="new-process-name"
          value={name}
          maxLength={LIMITS.shortText}
          placeholder={t.home.createPlaceholder}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'new-process-error' : undefined}
          onChange={(e) => {
            setName(e.target.value);
            setError(null);
          }}
        />
        <FieldError id="new-process-error" message={error} />
      </div>
      <button type="submit" className="button primary">
        {t.home.create}
      </button>
    </form>
  );
}
