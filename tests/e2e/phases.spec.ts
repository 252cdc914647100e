import { expect, test, type Page } from '@playwright/test';
import { fillAndCommit, open, processRow, routes, waitForSaved } from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';
import { controls, meetingRoutes, processWithParticipants } from './helpers/meeting';

const process = (id: string) => routes.process(id);
const phaseRoute = (id: string, slug: string) => `${routes.process(id)}/${slug}`;
const phase = (page: Page, id: string) => page.getByTestId(`phase-${id}`);
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/phases-${name}.png`, fullPage: true });

test.describe('phases follow what happened', () => {
  test('meeting 1 run to the end, the assessment confirmed, the plan approved, and 3 years on', async ({
    context,
    page,
  }) => {
    await context.clock.install({ time: new Date('2027-01-12T13:00:00+01:00') });
    await page.setViewportSize({ width: 1366, height: 768 });
    const id = await processWithParticipants(page, 'Solsikken', 13);

    await open(page, process(id));
    await expect(page.getByRole('link', { name: 'Forberedelse' }).first()).toBeVisible();
    await expect(phase(page, 'meeting1')).toContainText('Status: Ikke startet');

    // Meeting 1: started, every step walked through, finished.
    await open(page, meetingRoutes.meeting1(id));
    await controls(page).getByRole('button', { name: 'Start mødet' }).click();
    for (let step = 0; step < 4; step++) {
      await page.clock.runFor(60_000);
      await page.keyboard.press('ArrowRight');
    }
    await controls(page).getByRole('button', { name: 'Afslut mødet' }).click();
    await page
      .getByRole('dialog', { name: 'Afslut mødet' })
      .getByRole('button', { name: 'Ja, afslut mødet' })
      .click();
    await expect(page.getByTestId('timer-status')).toHaveText('Mødet er slut');
    await expect(page.getByTestId('meeting-finished')).toContainText('Mødet er afsluttet.');
    await waitForSaved(page);
    await shot(page, 'controller-finished');

    await open(page, process(id));
    const facts = page.locator('dl.facts');
    await expect(facts).toContainText('Aktuel fase');
    await expect(facts.getByRole('link', { name: 'Vurderingsmøde' })).toBeVisible();
    await expect(phase(page, 'preparation')).toContainText('Status: Færdig');
    await expect(phase(page, 'meeting1')).toContainText('Status: Færdig');
    await expect(phase(page, 'assessment')).toContainText(
      'Næste skridt: Hold vurderingsmødet, og bekræft den renskrevne bruttoliste',
    );
    await shot(page, 'dashboard-after-meeting1');
    await expectNoAxeViolations(page);

    // The leader can still say otherwise; it shows as set by hand.
    await open(page, meetingRoutes.meeting1(id));
    const status = page.getByRole('group', { name: 'Status: 1. dialogmøde' });
    await expect(status.getByLabel('Følg forløbet (nu: Færdig)')).toBeChecked();
    await status.getByLabel('I gang').check();
    await expect(status.getByRole('status')).toHaveText('Sat i hånden. Forløbet viser: Færdig.');
    await open(page, process(id));
    await expect(phase(page, 'meeting1')).toContainText('Status: I gang (sat i hånden)');
    await open(page, meetingRoutes.meeting1(id));
    await status.getByLabel('Følg forløbet (nu: Færdig)').check();

    // The assessment meeting confirms the clean bruttoliste.
    await open(page, phaseRoute(id, 'vurderingsmoede'));
    await page.getByRole('button', { name: 'Bekræft den renskrevne bruttoliste' }).click();
    await expect(page.getByText('Bekræftet: listen er klar til 2. dialogmøde.')).toBeVisible();
    await expectNoAxeViolations(page, { include: '[data-testid="clean-list"]' });
    await page.getByTestId('clean-list').screenshot({
      path: 'test-results/screenshots/phases-clean-list.png',
    });

    // The plan approved: the plan phase is done, follow-up under way.
    await open(page, phaseRoute(id, 'handleplan'));
    await fillAndCommit(page.getByLabel('Dato for AMG’s og ledelsens godkendelse'), '2027-03-01');
    await waitForSaved(page);
    await open(page, process(id));
    await expect(phase(page, 'assessment')).toContainText('Status: Færdig');
    await expect(phase(page, 'plan')).toContainText('Status: Færdig');
    await expect(phase(page, 'followup')).toContainText('Status: I gang · Aktuel fase');
    await expect(page.getByTestId('revision-state')).toHaveCount(0);
    await open(page, routes.home());
    await expect(processRow(page, 'Solsikken')).toContainText('Opfølgning');

    // Three years on, the revision is overdue: said on the home page and the dashboard.
    await page.clock.setSystemTime(new Date('2030-03-05T10:00:00+01:00'));
    await page.reload();
    await expect(processRow(page, 'Solsikken').getByTestId('revision-state')).toHaveText(
      'Revisionen er overskredet (frist 1. marts 2030)',
    );
    await shot(page, 'home-revision-overdue');
    await expectNoAxeViolations(page);
    await open(page, process(id));
    await expect(page.getByTestId('revision-state')).toHaveText(
      'Revisionen er overskredet (frist 1. marts 2030)',
    );
    await shot(page, 'dashboard-revision-overdue');
  });
});
