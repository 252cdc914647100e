import { useT } from '../../i18n/useT';
import { PagedBoard, type PagedChapter } from '../common/PagedBoard';
import { useCurrentProcess } from '../common/ProcessContext';
import './capture.css';

/** The parking lot on the projector: the open topics, in large type, paged when many. */
export function ParkingView() {
  const { process } = useCurrentProcess();
  const t = useT().capture.parking;
  const items = process.parking.items
    .filter((item) => item.status === 'open')
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  const chapters: PagedChapter[] =
    items.length === 0
      ? []
      : [
          {
            key: 'parking',
            title: null,
            groups: [
              {
                key: 'open',
                heading: null,
                className: 'parking-view-list',
                items: items.map((item) => ({ key: item.id, node: item.text })),
              },
            ],
          },
        ];
  return (
    <div className="projector-board parking-view" data-testid="parking-view">
      <PagedBoard
        header={
          <>
            <h1 className="projector-title">{t.viewTitle}</h1>
            {items.length === 0 ? <p className="projector-empty">{t.viewEmpty}</p> : null}
          </>
        }
        chapters={chapters}
        contentKey={items.map((item) => item.text).join('\n')}
        minColumnEm={20}
        maxColumns={2}
      />
    </div>
  );
}
