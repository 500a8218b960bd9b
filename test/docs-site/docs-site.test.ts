import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';

const require = createRequire(import.meta.url);
const site = join(dirname(require.resolve('@vbem/docs/package.json')), 'dist/index.html');

let browser: Browser;
let page: Page;
const outsideRequests: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.setDefaultTimeout(10_000);
  // Offline means offline: any request that leaves the file is refused and recorded.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    outsideRequests.push(url);
    return route.abort();
  });
  await page.goto(pathToFileURL(site).href);
  // Reach the operation the way a reader does: through the sidebar.
  await page.getByText('Restore points', { exact: true }).first().click();
  await page.getByText('List restore points of a backup').first().click();
  await operationHeading().waitFor({ timeout: 20_000 });
});

afterAll(async () => {
  await browser?.close();
});

const operationHeading = () => page.getByRole('heading', { name: 'List restore points of a backup' });
// The response sample panel: the media type switch and the example below it.
const mediaTypeSwitch = () => page.getByRole('button', { name: /^application\/(xml|json)$/ });
const sample = () => page.getByTestId('source-code').filter({ hasNotText: 'No request payload' });

async function showSample(mediaType: string): Promise<string> {
  if ((await mediaTypeSwitch().innerText()).trim() !== mediaType) {
    await mediaTypeSwitch().click();
    await page.getByRole('menuitem').filter({ hasText: mediaType }).click();
  }
  await expect(mediaTypeSwitch().innerText()).resolves.toContain(mediaType);
  return sample().innerText();
}

describe('docs site (redocly build-docs --inlineBundle) in headless Chromium', () => {
  it('renders the operation without any request leaving the page', async () => {
    await expect(operationHeading().isVisible()).resolves.toBe(true);
    await expect(page.getByText('/backups/{ID}/restorePoints').first().isVisible()).resolves.toBe(true);
    expect(outsideRequests).toEqual([]);
  });

  it('offers both media types of the 200 response', async () => {
    await mediaTypeSwitch().click();
    const choices = await page.getByRole('menuitem').allInnerTexts();
    await page.getByRole('menuitem').filter({ hasText: 'application/xml' }).click();
    expect(choices.map((c) => c.trim())).toEqual(['application/xml', 'application/json']);
  });

  it('shows the XML example', async () => {
    const text = await showSample('application/xml');
    expect(text).toContain('<EntityReferences xmlns="http://www.veeam.com/ent/v1.0"');
    expect(text).toContain('UID="urn:veeam:RestorePoint:ec940768-5428-41af-b9b6-afad2aefe9d6"');
    expect(text).toContain('Name="Jan 17 2019  5:21PM"');
  });

  it('shows the JSON example', async () => {
    const text = await showSample('application/json');
    expect(text).toMatch(/"Refs":\s*\[/);
    expect(text).toContain('"UID": "urn:veeam:RestorePoint:ec940768-5428-41af-b9b6-afad2aefe9d6"');
    expect(text).toContain('"Name": "Jan 17 2019  5:21PM"');
  });

  it('has a section saying what vbem-check is for and how to run it', async () => {
    await page.getByText('Checking your own server: vbem-check').first().click();
    await expect(page.getByRole('heading', { name: 'Checking your own server: vbem-check' }).isVisible()).resolves.toBe(true);
    const paragraph = (await page.locator('p', { hasText: 'reports where the answers differ from this description' }).textContent()) ?? '';
    expect(paragraph).toContain('reports where the answers differ from this description');
    expect(paragraph).toContain("npx vbem-check --url https://em.example.com:9398/api --user 'DOMAIN\\svc' --password-env VBEM_PASSWORD");
  });
});

describe('docs site: the walk from logon to a VM restore point', () => {
  const WALK = 'The walk: from logon to a VM restore point';

  it('is a section of the sidebar that shows the five steps, each the link of the answer before', async () => {
    const walkPage = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    walkPage.setDefaultTimeout(10_000);
    try {
      await walkPage.goto(pathToFileURL(site).href);
      // Reached as a reader does, through the sidebar; the section is its heading and what follows it.
      await walkPage.locator('.menu-content').getByText(WALK, { exact: true }).click();
      const heading = walkPage.locator('[id="section/the-walk:-from-logon-to-a-vm-restore-point"]');
      await heading.waitFor({ timeout: 20_000 });
      expect(await walkPage.evaluate(() => location.hash)).toBe('#/section/the-walk:-from-logon-to-a-vm-restore-point');
      const text = (await heading.locator('xpath=../following-sibling::*').allInnerTexts()).join('\n');
      const steps = ['POST /sessionMngr/?v=latest', 'GET /backups', 'GET /backups/{ID}/restorePoints', 'GET /restorePoints/{ID}?format=Entity', 'GET /restorePoints/{ID}/vmRestorePoints'];
      const at = steps.map((step) => text.indexOf(step));
      expect(steps.filter((_, i) => at[i]! < 0)).toEqual([]);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      for (const type of ['RestorePointReferenceList', 'RestorePoint', 'VmRestorePointReferenceList', 'BackupDateUTC']) expect(text).toContain(type);
    } finally {
      await walkPage.close();
    }
  });
});
