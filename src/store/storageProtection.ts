/**
 * Whether the browser keeps this site's data under storage pressure (`navigator.storage`);
 * null where it does not say.
 */
export async function storagePersisted(): Promise<boolean | null> {
  return (await navigator.storage?.persisted?.()) ?? null;
}

/** Asks the browser to keep this site's data; says whether it will (null: it does not say). */
export async function askPersistentStorage(): Promise<boolean | null> {
  return (await navigator.storage?.persist?.()) ?? null;
}
