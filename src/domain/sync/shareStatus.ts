/** How a shared process is connected, for the status beside »Alt er gemt«. */
export type ShareConnection = 'connecting' | 'online' | 'offline' | 'refused';

/** Why the server would not let this device in. */
export type ShareRefusal =
  | 'unknownRoom'
  | 'revoked'
  | 'forbidden'
  /** The link's key does not open the room: it is wrong or cut short. */
  | 'wrongKey'
  | 'other';

export interface SharePerson {
  name: string;
  /** What they are editing right now, as its label; null when nothing. */
  editing: string | null;
}

export interface ShareStatus {
  mode: 'edit' | 'read';
  connection: ShareConnection;
  refusal: ShareRefusal | null;
  /** Devices here right now, this one included. */
  devices: number;
  /** The others here right now. */
  people: SharePerson[];
  /** Entries that did not open with the key or failed the event schema: never applied. */
  setAside: number;
  /** Another device writes a newer version of the app: this one should reload. */
  newerVersion: boolean;
  /** The in-app paths of the links this device may hand on. */
  links: { edit: string | null; read: string | null };
}
