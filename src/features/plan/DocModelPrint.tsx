import {
  textLines,
  type DocBlock,
  type DocModel,
  type DocTable,
  type SignatureLine,
} from '../../domain/export/docModel';

/** Multi-line text as lines. */
function Lines({ text }: { text: string }) {
  const lines = textLines(text);
  return (
    <>
      {lines.map((line, i) => (
        <span key={i}>
          {line}
          {i < lines.length - 1 ? <br /> : null}
        </span>
      ))}
    </>
  );
}

function Table({ table }: { table: DocTable }) {
  const sum = table.widths.reduce((a, b) => a + b, 0) || 1;
  return (
    <table className="print-table doc-table">
      <colgroup>
        {table.widths.map((w, i) => (
          <col key={i} style={{ width: `${((w / sum) * 100).toFixed(1)}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {table.header.map((label, i) => (
            <th key={i} scope="col">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={i} className={row.struck ? 'struck' : undefined}>
            {row.cells.map((text, n) => (
              <td key={n}>
                {row.struck && text ? (
                  <s>
                    <Lines text={text} />
                  </s>
                ) : (
                  <Lines text={text} />
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Role, name, date and the room to sign, in per cent (as in the Word file). */
const SIGNATURE_WIDTHS = [24, 30, 14, 32];

/** Who approved, each with an empty cell to sign in. */
function SignatureTable({
  header,
  lines,
}: {
  header: readonly string[];
  lines: readonly SignatureLine[];
}) {
  return (
    <table className="print-table signatures">
      <colgroup>
        {SIGNATURE_WIDTHS.map((w, i) => (
          <col key={i} style={{ width: `${w}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {header.map((label) => (
            <th key={label} scope="col">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {lines.map((line, i) => (
          <tr key={i}>
            <td>{line.role}</td>
            <td>
              <Lines text={line.name} />
            </td>
            <td>{line.date}</td>
            <td />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A value longer than this (about a third of a page) may run on to the next page; a shorter
 * one is kept whole, and moved to the next page with its label when it does not fit.
 */
const LONG_VALUE = 1200;

function Block({ block }: { block: DocBlock }) {
  switch (block.kind) {
    case 'subheading':
      return (
        <h3>
          <Lines text={block.text} />
        </h3>
      );
    case 'fields':
      return (
        <dl className={block.alert ? 'doc-fields alert' : 'doc-fields'}>
          {block.rows.map(([label, value], i) => (
            <div key={i}>
              <dt>{label}</dt>
              <dd className={value.length > LONG_VALUE ? 'long' : undefined}>
                <Lines text={value} />
              </dd>
            </div>
          ))}
        </dl>
      );
    case 'list':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>
              <Lines text={item} />
            </li>
          ))}
        </ul>
      );
    case 'table':
      return <Table table={block.table} />;
    case 'signatures':
      return <SignatureTable header={block.header} lines={block.lines} />;
  }
}

/** A document model laid out for print / PDF: A4 portrait, sections in order (planPrint.css). */
export function DocModelPrint({ model }: { model: DocModel }) {
  return (
    <article className="doc-print">
      <h1>
        <Lines text={model.heading} />
      </h1>
      <dl className="print-meta">
        {model.meta.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              <Lines text={value} />
            </dd>
          </div>
        ))}
      </dl>
      {model.sections.map((s) => (
        <section
          key={s.id}
          className={s.newPage ? 'print-block new-page' : 'print-block'}
          aria-labelledby={`doc-${s.id}`}
        >
          <h2 id={`doc-${s.id}`}>
            <Lines text={s.heading} />
          </h2>
          {s.blocks.map((b, i) => (
            <Block key={i} block={b} />
          ))}
        </section>
      ))}
    </article>
  );
}
