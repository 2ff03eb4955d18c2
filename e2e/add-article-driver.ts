import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';

/** Texts the stories add, written by hand for them (not one of geodata/articles). */
export function articleFile(name: string): string {
  return readFileSync(join(import.meta.dirname, 'files', name), 'utf8');
}

/** A proposal's card: by its title, or a locator (`cardFrom`). */
export type CardRef = string | Locator;

export interface ProposalCard {
  title: string;
  facts: string;
  evidence: string;
  decision: string;
}

const DIALOG = /^(Artikel hinzufügen|Add article)$/;

/** "Artikel hinzufügen" as a person uses it. Part of the driver (`app.addArticle`). */
export class AddArticleFlow {
  constructor(private readonly page: Page) {}

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: DIALOG });
  }

  /** From the header, or (as on a narrow phone) from the data panel. */
  async open(via: 'header' | 'data panel' = 'header'): Promise<void> {
    if (via === 'header') {
      await this.page.getByRole('banner').getByRole('button', { name: DIALOG }).click();
    } else {
      await this.page.getByRole('button', { name: /^(Daten|Data)$/ }).click();
      await this.page
        .getByRole('dialog', { name: /^(Daten|Data)/ })
        .getByRole('button', { name: DIALOG })
        .click();
    }
    await this.dialog().waitFor();
  }

  async close(): Promise<void> {
    await this.dialog()
      .getByRole('button', { name: /^(Artikel hinzufügen schließen|Close “Add article”)$/ })
      .click();
    await this.dialog().waitFor({ state: 'detached' });
  }

  textField(): Locator {
    return this.dialog().getByRole('textbox', {
      name: /^(Text des Artikels|Text of the article)$/,
    });
  }

  headlineField(): Locator {
    return this.dialog().getByRole('textbox', { name: /^(Überschrift|Headline)$/ });
  }

  dateField(): Locator {
    return this.dialog().getByLabel(/^(Erscheinungsdatum|Publication date)$/);
  }

  async paste(text: string): Promise<void> {
    await this.textField().fill(text);
  }

  /** Drops a text file from the desktop onto the text field's area. */
  async dropFile(name: string, content: string): Promise<void> {
    const transfer = await this.page.evaluateHandle(
      ([fileName, text]) => {
        const data = new DataTransfer();
        data.items.add(new File([text!], fileName!, { type: 'text/plain' }));
        return data;
      },
      [name, content],
    );
    const zone = this.dialog().locator('.add-article-drop');
    for (const type of ['dragenter', 'dragover', 'drop'])
      await zone.dispatchEvent(type, { dataTransfer: transfer });
  }

  /** The date field's value (YYYY-MM-DD, '' when empty) and what is said under it. */
  async publication(): Promise<{ date: string; hint: string }> {
    const field = this.dateField();
    const hintId = await field.getAttribute('aria-describedby');
    return {
      date: await field.inputValue(),
      hint: (await this.page.locator(`[id="${hintId}"]`).textContent()) ?? '',
    };
  }

  async setPublished(iso: string): Promise<void> {
    await this.dateField().fill(iso);
  }

  async propose(): Promise<void> {
    await this.dialog()
      .getByRole('button', { name: /^(Ereignisse vorschlagen|Propose events)$/ })
      .click();
  }

  /** What the flow says is wrong with the text or its date ('' when nothing). */
  async problem(): Promise<string> {
    return (await this.dialog().getByRole('alert').textContent()) ?? '';
  }

  reviewHeading(): Locator {
    return this.dialog().getByRole('heading', {
      name: /^(Vorschläge prüfen|Check the proposals)$/,
    });
  }

  /** The marked words of the text: time expressions and places, in text order. */
  async marks(): Promise<{ time: string[]; place: string[] }> {
    const text = this.dialog().locator('.marked-text');
    return {
      time: await text.locator('mark.mark-time').allTextContents(),
      place: await text.locator('mark.mark-place').allTextContents(),
    };
  }

  /** The sentence(s) of the chosen proposal, as marked in the text. */
  async currentSentences(): Promise<string[]> {
    return this.dialog().locator('.marked-text .sentence[aria-current]').allTextContents();
  }

  /** Whether the chosen proposal's first sentence is in view in the text's pane. */
  async currentSentenceInView(): Promise<boolean> {
    const sentence = this.dialog().locator('.marked-text .sentence[aria-current]').first();
    await this.page.waitForFunction(() => {
      const pane = document.querySelector('.review-text');
      return pane !== null;
    });
    // Smooth scrolling may still run: wait until it has brought the sentence in.
    return sentence
      .evaluate(
        (element) =>
          new Promise<boolean>((resolve) => {
            const observer = new IntersectionObserver((entries) => {
              if (entries.some((entry) => entry.isIntersecting)) {
                observer.disconnect();
                resolve(true);
              }
            });
            observer.observe(element);
            setTimeout(() => {
              observer.disconnect();
              resolve(false);
            }, 3000);
          }),
      )
      .catch(() => false);
  }

  /** Chooses a sentence in the text by its words, as with a click. */
  async clickSentenceWith(words: string): Promise<void> {
    await this.dialog().locator('.marked-text .sentence.proposed', { hasText: words }).click();
  }

  proposalList(): Locator {
    return this.dialog().locator('.proposal-list');
  }

  /** One proposal's card, by the words of its title ("Angriffe aus der Ferne: Sarakib"). */
  card(title: string | RegExp): Locator {
    const name =
      typeof title === 'string'
        ? new RegExp(`^(Vorschlag|Proposal) \\d+: ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
        : title;
    return this.proposalList().getByRole('group', { name });
  }

  /** The card of the proposal whose date or place came from these words ("‚am Dienstag‘"). */
  cardFrom(words: string): Locator {
    return this.proposalList()
      .locator('li.proposal', {
        has: this.page.locator('.proposal-evidence', { hasText: words }),
      })
      .getByRole('group')
      .first();
  }

  private resolve(card: CardRef): Locator {
    return typeof card === 'string' ? this.card(card) : card;
  }

  /** A card's title, without its number. */
  async titleOf(card: CardRef): Promise<string> {
    const text = await this.resolve(card).locator('.proposal-title').textContent();
    return (text ?? '').trim().replace(/^(Vorschlag|Proposal) \d+: /, '');
  }

  async proposals(): Promise<ProposalCard[]> {
    return this.proposalList()
      .locator('li.proposal')
      .evaluateAll((items) =>
        items.map((item) => ({
          title: (item.querySelector('.proposal-title')?.textContent ?? '')
            .trim()
            .replace(/^(Vorschlag|Proposal) \d+: /, ''),
          facts: item.querySelector('.proposal-facts')?.textContent ?? '',
          evidence: item.querySelector('.proposal-evidence')?.textContent ?? '',
          decision: item.querySelector('.proposal-decision')?.textContent ?? '',
        })),
      );
  }

  /** The chosen proposal's title. */
  async selectedProposal(): Promise<string> {
    const text = await this.proposalList()
      .locator('li.proposal[aria-current] .proposal-title')
      .textContent();
    return (text ?? '').trim().replace(/^(Vorschlag|Proposal) \d+: /, '');
  }

  async showInText(card: CardRef): Promise<void> {
    await this.resolve(card)
      .getByRole('button', { name: /^(Im Text zeigen|Show in the text)$/ })
      .click();
  }

  private async cardButton(card: CardRef, name: RegExp): Promise<void> {
    await this.resolve(card).getByRole('button', { name }).click();
  }

  async accept(card: CardRef): Promise<void> {
    await this.cardButton(card, /^(Übernehmen|Accept)$/);
  }

  async drop(card: CardRef): Promise<void> {
    await this.cardButton(card, /^(Verwerfen|Drop)$/);
  }

  async acceptRemaining(): Promise<void> {
    await this.dialog()
      .getByRole('button', { name: /^(Alle übrigen übernehmen|Accept all remaining)/ })
      .click();
  }

  /** Opens a proposal's editor and changes what is given; the card's title changes with it. */
  async edit(
    ref: CardRef,
    change: {
      category?: string;
      status?: string;
      from?: string;
      to?: string;
      searchPlace?: string;
      place?: string;
      /** Actors to switch on or off, by name. */
      toggleActors?: string[];
    },
  ): Promise<void> {
    const card = this.resolve(ref);
    await card.getByRole('button', { name: /^(Bearbeiten|Edit)$/ }).click();
    if (change.from) await card.getByLabel(/^(Von|From)$/).fill(change.from);
    if (change.to) await card.getByLabel(/^(Bis|To)$/).fill(change.to);
    if (change.status)
      await card.getByRole('combobox', { name: /^Status$/ }).selectOption({ label: change.status });
    if (change.searchPlace) {
      await card.getByRole('searchbox').fill(change.searchPlace);
      await card
        .getByRole('button', { name: change.place ?? change.searchPlace })
        .first()
        .click();
    }
    for (const actor of change.toggleActors ?? [])
      await card
        .getByRole('group', { name: /^(Beteiligte|Actors)$/ })
        .getByRole('button', { name: actor, exact: true })
        .click();
    // Last: a new category gives the card a new title.
    if (change.category)
      await card
        .getByRole('combobox', { name: /^(Kategorie|Category)$/ })
        .selectOption({ label: change.category });
  }

  /** "Text ändern": back to the text, its headline and date, with the review kept. */
  async backToText(): Promise<void> {
    await this.dialog()
      .getByRole('button', { name: /^(Text ändern|Change the text)$/ })
      .click();
    await this.textField().waitFor();
  }

  /** "n übernommen · n verworfen · n offen". */
  async tally(): Promise<string> {
    return (await this.dialog().locator('.review-tally').textContent()) ?? '';
  }

  /** What the flow says once events are on the map ('' before). */
  async onMapMessage(): Promise<string> {
    const done = this.dialog().locator('.review-done [role="status"]').first();
    await done.waitFor();
    return (await done.textContent()) ?? '';
  }

  async seeOnMap(): Promise<void> {
    await this.dialog()
      .getByRole('button', { name: /^(Auf der Karte ansehen|See them on the map)$/ })
      .click();
    await this.dialog().waitFor({ state: 'detached' });
  }

  /** Downloads the bundle from wherever `scope` offers it; returns the file's name and JSON. */
  async downloadBundle(
    scope: Locator = this.dialog(),
  ): Promise<{ name: string; json: Record<string, unknown> }> {
    const download = this.page.waitForEvent('download');
    await scope
      .getByRole('button', {
        name: /^(Als Paket herunterladen|Download as a bundle|Paket von|Download the bundle)/,
      })
      .click();
    const file = await download;
    return {
      name: file.suggestedFilename(),
      json: JSON.parse(readFileSync(await file.path(), 'utf8')),
    };
  }

  /** What the validator would still say of the downloaded bundle, one line a problem. */
  async bundleProblems(scope: Locator = this.dialog()): Promise<string[]> {
    return scope.locator('.bundle-problems li').allTextContents();
  }

  /**
   * Presses Tab until the control named `name` has focus (inside the dialog, unless `page`),
   * then `key`.
   */
  async tabTo(name: RegExp, key?: string, { page = false, limit = 60 } = {}): Promise<void> {
    for (let i = 0; i < limit; i++) {
      await this.page.keyboard.press('Tab');
      const focused = await this.page.evaluate((anywhere) => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || (!anywhere && !element.closest('dialog'))) return '';
        const labelledBy = element.getAttribute('aria-labelledby');
        return (
          element.getAttribute('aria-label') ??
          (labelledBy ? document.getElementById(labelledBy)?.textContent : null) ??
          labelText((element as HTMLInputElement).labels?.[0]) ??
          element.textContent ??
          ''
        ).trim();
        // A label that wraps its control: its own words, not the options' too.
        function labelText(label: HTMLLabelElement | undefined): string | null {
          if (!label) return null;
          const copy = label.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('input, select, textarea').forEach((control) => control.remove());
          return copy.textContent;
        }
      }, page);
      if (name.test(focused)) {
        if (key) await this.page.keyboard.press(key);
        return;
      }
    }
    throw new Error(`Tab never reached ${name}`);
  }

  /** Types text into whatever has focus, as a keyboard does. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.insertText(text);
  }

  /** The text of the focused control (for checking where focus went). */
  async focusedText(): Promise<string> {
    return this.page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  }
}
