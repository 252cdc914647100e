import { useEffect, useState, useSyncExternalStore } from 'react';
import type { RoomStatus } from '../../store/room/rooms';

type Rooms = typeof import('../../store/room/rooms');

let loaded: Rooms | null = null;
let loading: Promise<Rooms> | null = null;

/** The room module, loaded on first use (Yjs, the provider and the crypto come with it). */
export function loadRooms(): Promise<Rooms> {
  loading ??= import('../../store/room/rooms').then((module) => (loaded = module));
  return loading;
}

const noSubscribe = () => () => undefined;

/** The process's meeting room on this device: its status (null while none) and the module. */
export function useRoom(processId: string): { rooms: Rooms | null; status: RoomStatus | null } {
  const [rooms, setRooms] = useState<Rooms | null>(loaded);
  useEffect(() => {
    let live = true;
    void loadRooms().then((module) => {
      if (!live) return;
      setRooms(module);
      void module.resumeRoom(processId);
    });
    return () => {
      live = false;
    };
  }, [processId]);
  const status = useSyncExternalStore(rooms?.subscribeRooms ?? noSubscribe, () =>
    rooms ? rooms.roomStatus(processId) : null,
  );
  return { rooms, status };
}
