import { chromium } from '@playwright/test';
const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
const out = process.argv[3] ?? '/tmp/shot.png';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-quic', '--disable-gpu', '--enable-unsafe-swiftshader'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'de-DE' });
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('request', (r) => { if (!r.url().startsWith('http://127.0.0.1')) console.log('EXTERNAL', r.url()); });
const t0 = Date.now();
await page.goto(url);
try { await page.waitForFunction(() => Number(document.querySelector('.map')?.getAttribute('data-idle-count') ?? 0) > 0, null, { timeout: 30000 }); } catch (e) { console.log('no idle', e.message); }
console.log('idle after', Date.now() - t0, 'ms');
if (process.argv[4]) { await eval(process.argv[4]); await page.waitForTimeout(1500); }
await page.screenshot({ path: out });
console.log('url', page.url());
await browser.close();
