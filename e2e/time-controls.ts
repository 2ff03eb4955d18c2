import type { Locator, Page } from '@playwright/test';

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const dayOf = (isoDay: string) => Math.round(Date.parse(`${isoDay}T00:00:00Z`) / 86_400_000);

/** The timeline's zoom and playback, as a person uses them. Part of the driver. */
export class TimeControls {
  constructor(private readonly page: Page) {}

  private slider(): Locator {
    return this.page.getByRole('slider', { name: /^(Datum|Date)$/ });
  }

  private button(name: RegExp): Locator {
    return this.page.locator('.timeline').getByRole('button', { name });
  }

  /** The days the timeline shows, first and last (ISO): the slider's ends. */
  async span(): Promise<{ from: string; to: string; days: number }> {
    const min = Number(await this.slider().getAttribute('min'));
    const max = Number(await this.slider().getAttribute('max'));
    return { from: iso(min), to: iso(max), days: max - min + 1 };
  }

  /** The date the slider stands on (ISO); read from the slider, since playback holds the URL. */
  async date(): Promise<string> {
    return iso(Number(await this.slider().inputValue()));
  }

  async zoomIn(): Promise<void> {
    await this.button(/^(Hineinzoomen|Zoom in)$/).click();
  }

  async zoomOut(): Promise<void> {
    await this.button(/^(Herauszoomen|Zoom out)$/).click();
  }

  async showWholeSpan(): Promise<void> {
    await this.button(/^(Ganze Zeitleiste|Whole timeline)$/).click();
  }

  private periodMenu(): Locator {
    return this.page.getByRole('combobox', { name: /^(Ausschnitt|Period)$/ });
  }

  /** The periods offered to zoom to, as the menu names them. */
  async periods(): Promise<string[]> {
    return this.periodMenu().locator('option:not([disabled])').allTextContents();
  }

  async choosePeriod(name: RegExp): Promise<void> {
    const options = await this.periods();
    const label = options.find((option) => name.test(option));
    if (!label) throw new Error(`no period ${name} among ${options.join(' | ')}`);
    await this.periodMenu().selectOption({ label });
  }

  /** Turns the mouse wheel over the histogram at a day: negative notches zoom in. */
  async wheelOver(isoDay: string, notches: number): Promise<void> {
    const at = await this.pointOnHistogram(isoDay);
    await this.page.mouse.move(at.x, at.y);
    for (let i = 0; i < Math.abs(notches); i++)
      await this.page.mouse.wheel(0, Math.sign(notches) * 100);
  }

  /** Where a day is on the histogram, in page pixels. */
  async pointOnHistogram(isoDay: string): Promise<{ x: number; y: number }> {
    const { from, days } = await this.span();
    const box = (await this.page.locator('.histogram svg').boundingBox())!;
    const share = (dayOf(isoDay) - dayOf(from) + 0.5) / days;
    return { x: box.x + share * box.width, y: box.y + box.height / 2 };
  }

  /** The day under a point of the histogram (ISO). */
  async dayAt(x: number): Promise<string> {
    const { from, days } = await this.span();
    const box = (await this.page.locator('.histogram svg').boundingBox())!;
    return iso(dayOf(from) + Math.floor(((x - box.x) / box.width) * days));
  }

  /** Two fingers on the histogram, moving apart (factor > 1) or together. */
  async pinch(factor: number): Promise<void> {
    const box = (await this.page.locator('.histogram svg').boundingBox())!;
    const y = box.y + box.height / 2;
    const centre = box.x + box.width / 2;
    const session = await this.page.context().newCDPSession(this.page);
    const touch = async (type: 'touchStart' | 'touchMove' | 'touchEnd', half: number) =>
      session.send('Input.dispatchTouchEvent', {
        type,
        touchPoints:
          type === 'touchEnd'
            ? []
            : [
                { x: centre - half, y, id: 1 },
                { x: centre + half, y, id: 2 },
              ],
      });
    const start = box.width / 8;
    await touch('touchStart', start);
    for (let step = 1; step <= 5; step++)
      await touch('touchMove', start * (1 + ((factor - 1) * step) / 5));
    await touch('touchEnd', 0);
    await session.detach();
  }

  /** How much time one bar of the histogram stands for: day, week or month. */
  async binUnit(): Promise<string | null> {
    return this.page.locator('.histogram').getAttribute('data-bin-unit');
  }

  /** The labels printed under the histogram (those with room). */
  async axisLabels(): Promise<string[]> {
    return this.page
      .locator('.axis-label')
      .evaluateAll((labels) =>
        labels
          .filter((label) => getComputedStyle(label).visibility === 'visible')
          .map((label) => label.textContent ?? ''),
      );
  }

  private playButton(): Locator {
    return this.button(/^(Abspielen|Play)$/);
  }

  async play(): Promise<void> {
    await this.playButton().click();
  }

  async pause(): Promise<void> {
    if (await this.isPlaying()) await this.playButton().click();
  }

  async isPlaying(): Promise<boolean> {
    return (await this.playButton().getAttribute('aria-pressed')) === 'true';
  }

  async chooseSpeed(name: RegExp): Promise<void> {
    const menu = this.page.getByRole('combobox', { name: /^(Tempo|Speed)$/ });
    const label = (await menu.locator('option').allTextContents()).find((text) => name.test(text));
    await menu.selectOption({ label: label! });
  }

  /** Waits until playback has moved the date past `isoDay`, and returns the dates seen. */
  async watchPlaybackPass(isoDay: string): Promise<string[]> {
    const seen: string[] = [];
    await this.page.waitForFunction(
      ({ limit }) => {
        const slider = document.querySelector<HTMLInputElement>('.date-slider')!;
        const day = Number(slider.value);
        const seenDays = ((window as unknown as { seenDays?: number[] }).seenDays ??= []);
        if (seenDays.at(-1) !== day) seenDays.push(day);
        return day > limit;
      },
      { limit: dayOf(isoDay) },
      { polling: 'raf' },
    );
    const days = await this.page.evaluate(
      () => (window as unknown as { seenDays: number[] }).seenDays,
    );
    seen.push(...days.map(iso));
    await this.page.evaluate(() => delete (window as unknown as { seenDays?: number[] }).seenDays);
    return seen;
  }

  async waitUntilPlaybackStops(): Promise<void> {
    await this.page.waitForFunction(
      () => !document.querySelector('.play-button[aria-pressed="true"]'),
    );
  }
}
