import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
await p.goto('http://127.0.0.1:4188/uppfoljning?district=skarpnack&year=2024');
await p.waitForFunction(() => document.querySelector('.engine')?.textContent?.includes('redo'), null, { timeout: 60000 }).catch(() => {});
await p.waitForTimeout(2000);
await p.locator('section.area >> visible=true').first().screenshot({ path: '/tmp/shot-upp-area.png' });
await p.screenshot({ path: '/tmp/shot-upp-top.png' });
await b.close();
