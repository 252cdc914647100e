import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FieldError } from './FieldError';

describe('FieldError', () => {
  it('shows nothing while there is no message', () => {
    const { container } = render(<FieldError message={null} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('announces the message and can describe its control', () => {
    render(
      <>
        <input aria-label="Tekst" aria-describedby="err" />
        <FieldError id="err" message="Skriv en tekst" />
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Skriv en tekst');
    expect(screen.getByRole('textbox', { name: 'Tekst' })).toHaveAccessibleDescription(
      'Skriv en tekst',
    );
  });
});
