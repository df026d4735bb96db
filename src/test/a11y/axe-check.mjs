// Checks HTML pages with axe-core in headless Chromium (Debian's /usr/bin/chromium) against
// WCAG 2.2 AA, and fails on any violation.
//   node axe-check.mjs PAGE.html...
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const pages = process.argv.slice(2);
if (pages.length === 0) {
  console.error('usage: node axe-check.mjs PAGE.html...');
  process.exit(2);
}
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
let violations = 0;
try {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    const context = await browser.newContext({ viewport });
    // The pages are self-contained: any request to another address is a failure of its own.
    await context.route(url => !url.href.startsWith('file:'), route => {
      console.error(`request to another address: ${route.request().url()}`);
      violations++;
      return route.abort();
    });
    for (const file of pages) {
      const page = await context.newPage();
      await page.goto(pathToFileURL(resolve(file)).href);
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(() => window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        resultTypes: ['violations'],
      }));
      for (const v of result.violations) {
        violations++;
        console.log(`${file} (${viewport.width}px): ${v.id} [${v.impact}] ${v.help}`);
        for (const node of v.nodes.slice(0, 5)) {
          console.log(`    ${node.target.join(' ')}: ${node.failureSummary.replace(/\n/g, ' ')}`);
        }
      }
      console.log(`${file} (${viewport.width}px): ${result.violations.length} violations, ${result.passes?.length ?? 0} rules passed`);
      await page.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(`axe: ${violations === 0 ? 'no violations' : violations + ' violations'}`);
process.exit(violations === 0 ? 0 : 1);
