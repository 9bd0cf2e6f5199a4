/**
 * The HTML review report in a real browser: Debian's Chromium, headless,
 * driven by playwright-core. Opens the report of a fixture run, checks the
 * counts it shows against the JSON Lines report of the same run, uses the
 * filters with mouse and keyboard, and saves a screenshot. Skips, saying why,
 * only where Chromium is not installed (`apt-get install -y chromium`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess, workspace } from './cli-harness.js';

const CHROMIUM = '/usr/bin/chromium';
const installed = fs.existsSync(CHROMIUM);
if (!installed) console.warn(`browser test skipped: Chromium is not installed at ${CHROMIUM} (apt-get install -y chromium)`);

const ROOT = path.join(import.meta.dirname, '..');
const INPUTS = ['fixtures/eval/ocr', 'fixtures/in-the-wild/press-release/input.txt'].map((input) => path.join(ROOT, input));

interface ReportLine {
  file: string;
  applied: boolean;
}

describe.skipIf(!installed)('HTML report in Chromium', () => {
  let dir: string;
  let lines: ReportLine[];
  let context: BrowserContext;

  beforeAll(async () => {
    dir = workspace();
    const outcome = await runInProcess({ args: ['--report', 'changes.jsonl', '--html', 'review.html', '-o', 'out', ...INPUTS], cwd: dir });
    expect(outcome.code).toBe(0);
    lines = fs.readFileSync(path.join(dir, 'changes.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as ReportLine);
    context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1100, height: 900 },
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
  });

  it('shows the counts of the JSON report, filters, and renders the German text', async () => {
    const page = context.pages()[0] ?? (await context.newPage());
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) problems.push(`network request: ${request.url()}`);
    });
    await page.goto(pathToFileURL(path.join(dir, 'review.html')).href);

    const made = lines.filter((line) => line.applied).length;
    const suggested = lines.length - made;
    const count = (name: string): Promise<string | null> => page.locator(`[data-count="${name}"]`).textContent();
    expect(await count('files')).toBe('3');
    expect(await count('made')).toBe(String(made));
    expect(await count('suggested')).toBe(String(suggested));
    const status = page.locator('#filter-status');
    expect(await status.getAttribute('data-changes')).toBe(String(lines.length));

    await page.locator('#filter-suggestions').click();
    expect(await status.getAttribute('data-changes')).toBe(String(suggested));
    expect(await status.getAttribute('data-files')).toBe(String(new Set(lines.filter((line) => !line.applied).map((line) => line.file)).size));
    await page.locator('#filter-suggestions').press('Space');
    expect(await status.getAttribute('data-changes')).toBe(String(lines.length));

    const first = page.locator('#files details').first();
    await first.locator('summary').press('Enter');
    const text = first.locator('pre.text');
    expect(await text.textContent()).toContain('für');
    expect(await first.locator('.c.made').count()).toBeGreaterThan(0);
    await first.locator('.c.made').first().focus();
    const screenshot = path.join(dir, 'report.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(fs.statSync(screenshot).size).toBeGreaterThan(10_000);
    expect(problems).toEqual([]);
  }, 60_000);
});
