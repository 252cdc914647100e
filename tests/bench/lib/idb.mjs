/** Writes one value into the app's store (db 'apv-dialog', store 'documents'). */
export function putRecord(page, key, value) {
  return page.evaluate(
    ({ key, value }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('apv-dialog');
        open.onupgradeneeded = () => open.result.createObjectStore('documents');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('documents', 'readwrite');
          tx.objectStore('documents').put(value, key);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { key, value },
  );
}
