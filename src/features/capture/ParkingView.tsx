import { useRef } from 'react';
import { useT } from '../../i18n/useT';
import { useCurrentProcess } from '../common/ProcessContext';
import { useFitToScreen } from './useFitToScreen';
import './capture.css';

/** The parking lot on the projector: the open topics, in large type. */
export function ParkingView() {
  const { process } = useCurrentProcess();
  const t = useT().capture.parking;
  const items = process.parking.items
    .filter((item) => item.status === 'open')
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  const ref = useRef<HTMLDivElement>(null);
  useFitToScreen(ref, items.map((item) => item.text).join('\n'));
  return (
    <div ref={ref} className="projector-board parking-view" data-testid="parking-view">
      <h1 className="projector-title">{t.viewTitle}</h1>
      {items.length === 0 ? (
        <p className="projector-empty">{t.viewEmpty}</p>
      ) : (
        <ul className="parking-view-list">
          {items.map((item) => (
            <li key={item.id}>{item.text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
