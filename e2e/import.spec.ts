import { expect, test } from './fixtures';

const FILE = 'acled-june-2017.csv';
/** The six good rows of the file, as the list names them (category: place). */
const IMPORTED_TITLES = [
  'Gefecht: Maskana',
  'Luftangriff/Beschuss: Ariha',
  'Gewalt gegen Zivilisten: Al Bab',
  'Diplomatie: Idleb',
  'Vormarsch/Eroberung: Arak',
  'Protest, Unruhen: Maaret Tamsrin',
];

test('a researcher imports an ACLED file and sees its events beside the articles', async ({
  app,
}) => {
  await app.open('?date=2017-06-30&window=30d&lang=de');
  expect(await app.histogramBarDays()).not.toContainEqual(expect.stringMatching(/^2017-06/));

  await app.data.open();
  await app.data.importByPicker(FILE);
  expect(await app.data.report()).toBe(
    '„acled-june-2017.csv“ (ACLED CSV): 6 Ereignisse übernommen, 3 Zeilen abgewiesen.',
  );
  // Each rejected row by its number in the file (the header is row 1; a quoted line break
  // does not start a new row), its column and why.
  const rejected = await app.data.rejectedRows();
  expect(rejected.map(([row, column]) => [row, column])).toEqual([
    ['8', 'event_date'],
    ['9', 'latitude'],
    ['10', 'fatalities'],
  ]);
  expect(rejected[0]![3]).toContain('31 June 2017');
  // The panel and its report are as accessible as the rest of the page.
  expect(await app.axeViolations()).toEqual([]);
  await app.data.close();

  // In the list, on the map (one site per place) and in the histogram.
  await expect.poll(() => app.listedCount()).toBe(6);
  expect((await app.listedTitles()).sort()).toEqual([...IMPORTED_TITLES].sort());
  expect(await app.sitesShownOnMap()).toHaveLength(6);
  expect(await app.histogramBarDays()).toContainEqual(expect.stringMatching(/^2017-06/));
  expect((await app.params()).get('data')).toMatch(/^articles,acled-[0-9a-f]{8}$/);

  // The source's own words are shown as text, never as markup.
  await app.chooseEventTitled('Gewalt gegen Zivilisten: Al Bab');
  await expect(app.details()).toContainText("<script>alert('x')</script> kept as text");
  await expect(app.details()).toContainText('Violence against civilians › Attack');
  expect((await app.params()).get('event')).toMatch(/^acled-[0-9a-f]{8}:TST1003$/);
});

test('a dropped file is imported too, kept after a reload, and can be hidden and removed', async ({
  app,
  page,
}) => {
  await app.open('?date=2017-06-30&window=30d&lang=de');
  await app.data.importByDrop(FILE);
  await expect(app.data.dialog()).toBeVisible();
  expect(await app.data.report()).toContain('6 Ereignisse übernommen');
  await app.data.close();
  await expect.poll(() => app.listedCount()).toBe(6);

  await page.reload();
  await app.slider().waitFor();
  await expect.poll(() => app.listedCount()).toBe(6);

  await app.data.open();
  expect(await app.data.datasets()).toEqual([
    { name: 'Artikel (kuratiert)', shown: true },
    { name: FILE, shown: true },
  ]);
  await app.data.setShown(FILE, false);
  await expect.poll(() => app.listedCount()).toBe(0);
  expect((await app.params()).get('data')).toBeNull();
  await app.data.setShown(FILE, true);
  await expect.poll(() => app.listedCount()).toBe(6);

  // Removing asks first; keeping it changes nothing.
  await app.data.remove(FILE, { confirm: false });
  expect(await app.data.datasets()).toHaveLength(2);
  await app.data.remove(FILE, { confirm: true });
  expect(await app.data.datasets()).toEqual([{ name: 'Artikel (kuratiert)', shown: true }]);
  await app.data.close();
  await expect.poll(() => app.listedCount()).toBe(0);

  await page.reload();
  await app.slider().waitFor();
  await app.data.open();
  expect(await app.data.datasets()).toHaveLength(1);
});

test('what is shown can be taken out as CSV, GeoJSON and a picture of the map', async ({ app }) => {
  await app.open('?date=2017-06-22&window=7d&lang=en');
  await app.data.open();
  await app.data.importByPicker(FILE);
  await app.data.report();
  await app.data.close();
  // 7 days up to 22 June: the agreement (all of June), the protest, and the Arak advance.
  const listed = await app.listedEventIds();
  expect(listed.map((id) => id.replace(/^.*:/, '')).sort()).toEqual([
    'TST1004',
    'TST1005',
    'TST1006',
  ]);

  await app.data.open();
  const csv = await app.data.export('csv');
  expect(csv.name).toBe('lagekarte-2017-06-22-7d.csv');
  const lines = csv.text
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r\n/);
  expect(lines[0]).toMatch(/^id,dataset,local_id,date_start,date_end,date_precision/);
  expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(listed);
  expect(csv.text).toContain('2017-06-01,2017-06-30,month');

  const geojson = await app.data.export('geojson');
  const features = (JSON.parse(geojson.text) as { features: { properties: { id: string } }[] })
    .features;
  expect(features.map((feature) => feature.properties.id)).toEqual(listed);
  // What was exported as GeoJSON imports back as a dataset of its own, nothing lost.
  await app.data.importByPicker(geojson.path);
  expect(await app.data.report()).toMatch(/\(GeoJSON\): 3 events taken, 0 rows rejected\.$/);

  const png = await app.data.export('png');
  expect(png.name).toBe('lagekarte-2017-06-22-7d.png');
  expect(png.text).toBe('\x89PNG\r\n\x1a\n');
});

test('a link naming a dataset this browser has not imported says so and shows the rest', async ({
  app,
}) => {
  await app.open(
    '?date=2016-10-05&window=day&data=articles,acled-deadbeef&event=acled-deadbeef:TST1001&lang=en',
  );
  await expect(app.notices()).toContainText(
    'The link names the dataset “acled-deadbeef”, which has not been imported in this browser',
  );
  await expect.poll(() => app.listedCount()).toBeGreaterThan(0);
  const params = await app.params();
  expect(params.get('data')).toBeNull();
  expect(params.get('event')).toBeNull();
});

test('the README screenshot: an imported dataset beside the articles', async ({ app }) => {
  await app.open('?date=2016-10-31&window=30d&lang=de#map=8.3/36.05/36.95');
  const curated = await app.listedCount();
  await app.data.open();
  await app.data.importByPicker('acled-aleppo-autumn-2016.csv');
  expect(await app.data.report()).toContain('60 Ereignisse übernommen, 0 Zeilen abgewiesen');
  await app.data.close();
  await expect.poll(() => app.listedCount()).toBeGreaterThan(curated);
  await expect(app.legend()).toContainText('acled-aleppo-autumn-2016.csv');
  await app.waitForMapToSettle();
  await app.screenshotForReadme('docs/screenshot-import.png');
});

test('a UCDP file is recognised by its columns, and a file that is no data changes nothing', async ({
  app,
}) => {
  await app.open('?date=2016-10-31&window=all&lang=en');
  const before = await app.listedCount();
  await app.data.open();
  await app.data.importByPicker('not-data.txt');
  expect(await app.data.report()).toMatch(/^“not-data\.txt” could not be imported: /);
  expect(await app.data.datasets()).toEqual([{ name: 'Articles (curated)', shown: true }]);
  expect(await app.listedCount()).toBe(before);

  await app.data.importByPicker('ucdp-syria.csv');
  expect(await app.data.report()).toMatch(/^“ucdp-syria\.csv” \(UCDP GED CSV\): 5 events taken/);
  await app.data.close();
  await expect.poll(() => app.listedCount()).toBeGreaterThan(before);
  expect((await app.params()).get('data')).toMatch(/^articles,ucdp-[0-9a-f]{8}$/);
});
