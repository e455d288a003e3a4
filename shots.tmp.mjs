import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const base = 'http://127.0.0.1:4188';
const views = [
	['oversikt', '/'],
	['jamfor-cell', '/jamfor?metric=attainment&cell=skarpnack-atgardsplan-2024:kriminella-miljoer'],
	['uppfoljning', '/uppfoljning?district=skarpnack&year=2024'],
	['tackning', '/tackning'],
	['atgarder-tolkad', '/atgarder?district=skarpnack&status=tolkad'],
	['kallor', '/kallor']
];
for (const [name, path] of views) {
	const p = await b.newPage({ viewport: { width: 1280, height: 1000 } });
	await p.goto(base + path);
	await p.waitForFunction(() => document.querySelector('.engine')?.textContent?.includes('redo'), null, { timeout: 60000 }).catch(() => {});
	await p.waitForTimeout(2500);
	await p.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: name !== 'tackning' && name !== 'atgarder-tolkad' });
	await p.close();
}
await b.close();
