// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './testServer.testHelper';

let test: TestServer | null = null;
afterEach(async () => {
  await test?.dispose();
  test = null;
});

describe('the app as the sync server serves it', () => {
  it('has the page revalidated on every load, so a new version is found', async () => {
    test = await startTestServer();
    const page = await fetch(`${test.server.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('APV Dialog');
  });

  it('sends the short address on the projector to the phone page, with or without a slash', async () => {
    test = await startTestServer();
    for (const [path, location] of [
      ['/m', 'src/phone/'],
      ['/m/', '../src/phone/'],
    ]) {
      const answer = await fetch(`${test.server.url}${path}`, { redirect: 'manual' });
      expect(answer.status).toBe(302);
      expect(answer.headers.get('location')).toBe(location);
      expect(new URL(location!, `${test.server.url}${path}`).pathname).toBe('/src/phone/');
    }
  });
});
