import { articleFile } from './add-article-driver';
import { EVENTS } from './driver';
import { expect, test } from './fixtures';

/** A sixth article, written for these stories: Sarakib, late January 2020. */
const FILE = 'article-sarakib-2020-01-30.txt';
const TEXT = articleFile(FILE);
const HEADLINE = 'Syrische Armee rückt auf Sarakib vor – Zehntausende fliehen nach Norden';
/** The same text without its dateline: nothing to suggest a publication date from. */
const UNDATED = TEXT.replace('Damaskus/Moskau, 30. Januar 2020\n', '');

test('a journalist adds a sixth article, checks its proposals and puts them on the map', async ({
  app,
}) => {
  await app.open('?lang=de');
  await app.addArticle.open('header');

  // What is wrong with a text is said, never a blank page.
  await app.addArticle.propose();
  expect(await app.addArticle.problem()).toBe(
    'Bitte fügen Sie zuerst den Text eines Artikels ein.',
  );
  await app.addArticle.paste('Am Montag fiel Sarakib.');
  await app.addArticle.propose();
  await expect(app.addArticle.dialog().getByRole('alert')).toContainText('zu kurz');
  await app.addArticle.paste(
    'The Syrian army took the town of Saraqib on Wednesday, activists in Idlib said on Thursday.',
  );
  await app.addArticle.propose();
  await expect(app.addArticle.dialog().getByRole('alert')).toContainText('nicht deutsch');
  expect(await app.axeViolations()).toEqual([]);

  // The headline and the publication date are suggested by the text.
  await app.addArticle.paste(TEXT);
  await expect(app.addArticle.headlineField()).toHaveValue(HEADLINE);
  await expect
    .poll(() => app.addArticle.publication())
    .toEqual({
      date: '2020-01-30',
      hint: 'Aus dem Text vorgeschlagen – bitte prüfen.',
    });
  await app.addArticle.propose();
  await expect(app.addArticle.reviewHeading()).toBeFocused();

  // The text with its time expressions and places marked, as text.
  const marks = await app.addArticle.marks();
  expect(marks.time).toEqual(
    expect.arrayContaining(['am Mittwoch', 'Am Donnerstagmorgen', 'am Dienstag']),
  );
  expect(marks.place).toEqual(
    expect.arrayContaining(['Sarakib', 'Maarat al-Numan', 'Damaskus', 'Moskau', 'Idlib']),
  );

  // Each proposal says when, where, and which words said so.
  const count = (await app.addArticle.proposals()).length;
  const strike = app.addArticle.cardFrom('‚Am Donnerstagmorgen‘');
  await expect(strike.locator('.proposal-facts')).toHaveText(
    /^30\.\sJanuar 2020 · Sarakib · stattgefunden/,
  );
  await expect(strike.locator('.proposal-evidence')).toHaveText(
    'Datum aus: ‚Am Donnerstagmorgen‘ · Ort aus: ‚Sarakib‘',
  );

  // Choosing a proposal marks its sentence in the text; choosing a sentence, its proposal.
  await app.addArticle.showInText(strike);
  expect((await app.addArticle.currentSentences())[0]).toMatch(
    /^Am Donnerstagmorgen beschossen Regierungstruppen die Stadt Sarakib/,
  );
  expect(await app.addArticle.currentSentenceInView()).toBe(true);
  const turkey = app.addArticle.cardFrom('‚am Dienstag‘');
  await app.addArticle.clickSentenceWith('Die Türkei forderte am Dienstag');
  expect(await app.addArticle.selectedProposal()).toBe(await app.addArticle.titleOf(turkey));

  // Turkey's demand is diplomacy, and (for the bundle's sake) has lost its actor; the
  // proposal that reads "bis Ende Februar" as a year ago is not an event.
  await app.addArticle.edit(turkey, { category: 'Diplomatie', toggleActors: ['Türkei'] });
  expect(await app.addArticle.titleOf(turkey)).toBe('Diplomatie: Türkei');
  await app.screenshotForReadme('docs/screenshot-add-article.png');
  await app.addArticle.drop(app.addArticle.cardFrom('‚bis Ende Februar‘'));
  expect(await app.addArticle.tally()).toBe(`0 übernommen · 1 verworfen · ${count - 1} offen`);
  await app.addArticle.accept(turkey);
  expect(await app.addArticle.onMapMessage()).toBe(
    `1 Ereignis ist auf der Karte, im Datensatz „${HEADLINE}“ (im Datenbereich ein- und ausblendbar).`,
  );
  await app.addArticle.acceptRemaining();
  await expect
    .poll(() => app.addArticle.tally())
    .toBe(`${count - 1} übernommen · 1 verworfen · 0 offen`);
  await expect
    .poll(() => app.addArticle.onMapMessage())
    .toMatch(new RegExp(`^${count - 1} Ereignisse sind auf der Karte`));
  const accepted = (await app.addArticle.proposals())
    .filter((card) => card.decision.startsWith('Übernommen'))
    .map((card) => card.title);
  expect(accepted).toHaveLength(count - 1);
  expect(await app.axeViolations()).toEqual([]);

  // Back to the text and proposed again: what was decided and changed stays.
  await app.addArticle.backToText();
  await app.addArticle.propose();
  await expect(app.addArticle.reviewHeading()).toBeFocused();
  expect(await app.addArticle.tally()).toBe(`${count - 1} übernommen · 1 verworfen · 0 offen`);
  expect(await app.addArticle.titleOf(turkey)).toBe('Diplomatie: Türkei');

  // On the map, in the list and in the timeline at once, as a dataset of their own.
  await app.addArticle.seeOnMap();
  await expect
    .poll(async () => (await app.listedTitles()).filter((t) => accepted.includes(t)))
    .toHaveLength(count - 1);
  expect(await app.sitesShownOnMap()).not.toEqual([]);
  expect(await app.histogramBarDays()).toContainEqual(expect.stringMatching(/^2020-01-(2|3)/));
  const dataset = (await app.params())
    .get('data')
    ?.split(',')
    .find((id) => id !== 'articles');
  expect(dataset).toMatch(/^article-[0-9a-f]{8}$/);

  // A reload keeps them; the data panel lists the article and downloads its bundle.
  await app.page.reload();
  await app.slider().waitFor();
  await expect
    .poll(async () => (await app.listedTitles()).filter((t) => accepted.includes(t)))
    .toHaveLength(count - 1);
  // Each event's sentence can be read in the article it came from.
  await app.chooseEventTitled('Angriffe aus der Ferne: Sarakib');
  await expect(app.details()).toContainText('Am Donnerstagmorgen beschossen Regierungstruppen');
  await app.openArticle();
  await expect(app.articleView().getByRole('heading', { name: HEADLINE })).toBeVisible();
  await expect(app.currentSentences().first()).toContainText(
    'Am Donnerstagmorgen beschossen Regierungstruppen die Stadt Sarakib',
  );
  await app.page.keyboard.press('Escape');

  await app.data.open();
  expect(await app.data.datasets()).toContainEqual({ name: HEADLINE, shown: true });
  const { name, json } = await app.addArticle.downloadBundle(app.data.dialog());
  const bundle = json as {
    article: { id: string; title: string; published: string; language: string };
    text: string;
    events: {
      id: string;
      date: { start: string };
      category: string;
      place: string;
      sources: { article: string }[];
    }[];
    places: { features: { properties: { id: string; aliases: string[] } }[] };
  };
  expect(name).toBe(`${bundle.article.id}.lagekarte.json`);
  expect(bundle.article).toMatchObject({
    id: expect.stringMatching(/^005_[0-9a-f]{16}$/),
    title: HEADLINE,
    published: '2020-01-30',
    language: 'de',
  });
  expect(bundle.text).toBe(TEXT);
  expect(bundle.events).toHaveLength(count - 1);
  expect(bundle.events.find((e) => e.place === 'turkey')?.category).toBe('diplomacy');
  // The dropped proposal is not in it.
  expect(bundle.events.some((e) => e.date.start.startsWith('2019-02'))).toBe(false);
  expect(bundle.events.every((e) => e.sources[0]!.article === bundle.article.id)).toBe(true);
  const saraqib = bundle.places.features.find((f) => f.properties.id === 'saraqib');
  expect(saraqib?.properties.aliases).toContain('Sarakib');
  // What `npm run validate` would say: the event whose actor was taken away needs one.
  expect(await app.addArticle.bundleProblems(app.data.dialog())).toContainEqual(
    expect.stringMatching(/Ereignis „2020-01-28-turkey-diplomacy“ › actors/),
  );
});

test.describe('in English, by keyboard alone', () => {
  test.use({ locale: 'en-GB' });

  test('a researcher adds an article without touching the mouse', async ({ app, page }) => {
    await app.open('?lang=en');
    await app.addArticle.tabTo(/^Add article$/, 'Enter', { page: true });
    await app.addArticle.dialog().waitFor();
    await app.addArticle.tabTo(/^Text of the article$/);
    await app.addArticle.type(TEXT);
    await expect.poll(async () => (await app.addArticle.publication()).date).toBe('2020-01-30');
    await app.addArticle.tabTo(/^Propose events$/, 'Enter');
    await expect(app.addArticle.reviewHeading()).toBeFocused();
    expect(await app.axeViolations()).toEqual([]);

    // Accepting keeps focus on the same button, now "Withdraw"; dropping, on "Restore".
    await app.addArticle.tabTo(/^Accept$/, 'Enter');
    await expect.poll(() => app.addArticle.focusedText()).toBe('Withdraw');
    await app.addArticle.tabTo(/^Drop$/, 'Enter');
    await expect.poll(() => app.addArticle.focusedText()).toBe('Restore');
    await app.addArticle.tabTo(/^Edit$/, 'Enter');
    await app.addArticle.tabTo(/^Category$/);
    await expect(page.locator(':focus')).toHaveRole('combobox');
    const count = (await app.addArticle.proposals()).length;
    expect(await app.addArticle.tally()).toBe(`1 accepted · 1 dropped · ${count - 2} open`);
    expect(await app.axeViolations()).toEqual([]);

    // Escape closes it; focus is back where it was opened from; the accepted event is listed.
    await page.keyboard.press('Escape');
    await app.addArticle.dialog().waitFor({ state: 'detached' });
    await expect(
      page.locator('.app-header').getByRole('button', { name: 'Add article' }),
    ).toBeFocused();
    await expect.poll(() => app.listedCount()).toBe(EVENTS.length + 1);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a text file without a dateline is dropped, dated by hand and its events accepted', async ({
    app,
  }) => {
    await app.open('?lang=de');
    await app.addArticle.open('data panel');
    await app.addArticle.dropFile('sarakib.txt', UNDATED);
    await expect(app.addArticle.textField()).toHaveValue(UNDATED);
    await expect
      .poll(() => app.addArticle.publication())
      .toEqual({
        date: '',
        hint: 'Der Text nennt kein vollständiges Datum. Angaben wie „am Montag“ werden vom Erscheinungsdatum aus gerechnet.',
      });
    await app.addArticle.propose();
    await expect(app.addArticle.dialog().getByRole('alert')).toHaveText(
      'Bitte geben Sie das Erscheinungsdatum an: Angaben wie „am Montag“ werden von ihm aus gerechnet.',
    );
    await app.addArticle.setPublished('2020-01-30');
    await app.addArticle.propose();
    await expect(app.addArticle.reviewHeading()).toBeVisible();
    const count = (await app.addArticle.proposals()).length;
    expect(count).toBeGreaterThan(3);
    expect(await app.touchTargetsSmallerThan(44)).toEqual([]);
    const strike = app.addArticle.cardFrom('‚Am Donnerstagmorgen‘');
    await app.addArticle.edit(strike, { status: 'angekündigt' });
    await expect(strike.locator('.proposal-facts')).toContainText('angekündigt');
    expect(await app.touchTargetsSmallerThan(44)).toEqual([]);
    await app.addArticle.acceptRemaining();
    await expect
      .poll(() => app.addArticle.tally())
      .toBe(`${count} übernommen · 0 verworfen · 0 offen`);
    expect(await app.axeViolations()).toEqual([]);
    await app.addArticle.close();
    await app.showView('list');
    await expect.poll(() => app.listedCount()).toBe(EVENTS.length + count);

    // Removed in the data panel, its events are no longer accepted when the flow reopens.
    await app.data.open();
    await app.data.remove(HEADLINE, { confirm: true });
    await app.data.close();
    await expect.poll(() => app.listedCount()).toBe(EVENTS.length);
    await app.addArticle.open('data panel');
    expect(await app.addArticle.tally()).toBe(`0 übernommen · 0 verworfen · ${count} offen`);
  });
});
