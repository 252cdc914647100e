import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DocModel } from '../../domain/export/docModel';
import { DocModelPrint } from './DocModelPrint';

const model = (long: string): DocModel => ({
  heading: 'Handleplan: Solsikken',
  meta: [['Dato', '05-03-2027']],
  page: { page: 'Side', of: 'af' },
  sections: [
    {
      id: 'initiatives',
      heading: 'Indsatserne',
      newPage: true,
      blocks: [
        { kind: 'subheading', text: '1. Ro\r\ni huset' },
        { kind: 'fields', rows: [['Mangler', 'Ansvarlig']], alert: true },
        {
          kind: 'fields',
          rows: [
            ['Hvad og hvordan', long],
            ['Status', 'I gang'],
          ],
        },
      ],
    },
  ],
});

describe('a document model for print', () => {
  it('starts a section on a new page where the model says so, and flags what is missing', () => {
    render(<DocModelPrint model={model('Kort')} />);
    expect(screen.getByRole('region', { name: 'Indsatserne' })).toHaveClass('new-page');
    expect(screen.getByText('Ansvarlig').closest('dl')).toHaveClass('alert');
    expect(screen.getByText('I gang').closest('dl')).not.toHaveClass('alert');
  });

  it('breaks lines at LF, CR LF and CR alike, and lets only a long value run on to the next page', () => {
    const long = 'ord '.repeat(400);
    render(<DocModelPrint model={model(long)} />);
    const heading = screen.getByRole('heading', { level: 3 });
    expect(heading.querySelectorAll('br')).toHaveLength(1);
    expect(heading).toHaveTextContent('1. Roi huset');
    expect(screen.getByText(long.trim()).closest('dd')).toHaveClass('long');
    expect(screen.getByText('I gang').closest('dd')).not.toHaveClass('long');
  });
});
