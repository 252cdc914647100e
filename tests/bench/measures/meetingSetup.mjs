/** Shared by the meeting measures: a fresh process with meeting 1 started, and its projector. */

/** Creates a process through the UI and returns its id. */
async function createProcess(page, baseURL, name) {
  await page.goto(`${baseURL}/#/`);
  await page.getByLabel('Arbejdsplads eller afdeling').fill(name);
  await page.getByRole('button', { name: 'Opret proces' }).click();
  await page.waitForURL(/#\/proces\/[^/]+$/);
  return decodeURIComponent(/#\/proces\/([^/?#]+)/.exec(page.url())[1]);
}

/** Reads when the meeting's current step started (epoch ms) from the app's IndexedDB. */
function stepStartedAt(page, id) {
  return page.evaluate(
    (key) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('apv-dialog');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const r = db.transaction('documents').objectStore('documents').get(key);
          r.onsuccess = () => {
            db.close();
            resolve(r.result?.meetingRuns?.meeting1?.timer?.stepStartedAt ?? null);
          };
        };
      }),
    `process:${id}`,
  );
}

/**
 * Opens the controller on meeting 1 and the projector beside it, starts the meeting, and
 * returns both pages with the stored start time.
 */
export async function startMeeting(context, baseURL) {
  const controller = await context.newPage();
  const id = await createProcess(controller, baseURL, 'Benchmark');
  await controller.goto(`${baseURL}/#/proces/${encodeURIComponent(id)}/dialogmoede-1`);
  const projector = await context.newPage();
  await projector.goto(`${baseURL}/#/projektor/${encodeURIComponent(id)}`);
  await projector.getByTestId('projector-waiting').waitFor();
  await controller.getByRole('button', { name: 'Start mødet' }).click();
  await projector.getByTestId('projector-time').waitFor();
  let startedAt = null;
  for (let i = 0; i < 50 && startedAt === null; i++) {
    startedAt = await stepStartedAt(controller, id);
    if (startedAt === null) await controller.waitForTimeout(100);
  }
  if (startedAt === null) throw new Error('The meeting start was not saved');
  return { controller, projector, startedAt, totalMs: 15 * 60_000 };
}
