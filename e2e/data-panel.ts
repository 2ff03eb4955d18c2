import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Locator, Page } from '@playwright/test';

/** Files the stories import, written by hand (ACLED's terms forbid shipping its data). */
export const IMPORT_FILES = join(import.meta.dirname, 'files');

/** The data panel as a person uses it: datasets, import, export. Part of the driver. */
export class DataPanel {
  constructor(private readonly page: Page) {}

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: /^(Daten|Data):/ });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Daten|Data)$/ }).click();
    await this.dialog().waitFor();
  }

  async close(): Promise<void> {
    await this.dialog()
      .getByRole('button', { name: /^(Daten schließen|Close data)$/ })
      .click();
    await this.dialog().waitFor({ state: 'detached' });
  }

  /** Chooses a file in the picker, as after clicking "Importieren". */
  async importByPicker(file: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.dialog()
      .getByRole('button', { name: /^(Importieren|Import)$/ })
      .click();
    await (await chooser).setFiles(isAbsolute(file) ? file : join(IMPORT_FILES, file));
  }

  /** Drags a file from the desktop and drops it on the map. */
  async importByDrop(file: string): Promise<void> {
    const text = readFileSync(join(IMPORT_FILES, file), 'utf8');
    const transfer = await this.page.evaluateHandle(
      ([name, content]) => {
        const data = new DataTransfer();
        data.items.add(new File([content!], name!, { type: 'text/csv' }));
        return data;
      },
      [file, text],
    );
    const target = this.page.locator('.map-pane');
    for (const type of ['dragenter', 'dragover', 'drop'])
      await target.dispatchEvent(type, { dataTransfer: transfer });
  }

  /** The report once the import has finished: the line saying what was taken. */
  async report(): Promise<string> {
    const report = this.dialog().locator('.import-report, .import-failed');
    await report.waitFor({ timeout: 30_000 });
    return report.evaluate((element) =>
      element.matches('p') ? element.textContent! : element.querySelector('p')!.textContent!,
    );
  }

  /** The rejected rows as the report's table lists them: row, column, value, reason. */
  async rejectedRows(): Promise<string[][]> {
    return this.dialog()
      .getByRole('table')
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')),
      );
  }

  /** Dataset names in the panel, each with whether it is shown. */
  async datasets(): Promise<{ name: string; shown: boolean }[]> {
    return this.dialog()
      .locator('.dataset')
      .evaluateAll((items) =>
        items.map((item) => ({
          name: item.querySelector('.dataset-name')?.textContent ?? '',
          shown: (item.querySelector('input[type=checkbox]') as HTMLInputElement).checked,
        })),
      );
  }

  async setShown(name: string, shown: boolean): Promise<void> {
    await this.dialog().getByRole('checkbox', { name }).setChecked(shown);
  }

  async remove(name: string, { confirm }: { confirm: boolean }): Promise<void> {
    await this.dialog()
      .getByRole('button', { name: new RegExp(`^(„${name}“ entfernen|Remove “${name}”)$`) })
      .click();
    const group = this.dialog().getByRole('group');
    await group
      .getByRole('button', { name: confirm ? /^(Entfernen|Remove)$/ : /^(Behalten|Keep)$/ })
      .click();
  }

  /** Downloads what is shown and returns the file's name and text. */
  async export(
    kind: 'csv' | 'geojson' | 'png',
  ): Promise<{ name: string; text: string; path: string }> {
    const label = { csv: /^(Als CSV|As CSV)$/, geojson: /^(Als GeoJSON|As GeoJSON)$/, png: /PNG/ };
    const download = this.page.waitForEvent('download');
    await this.dialog().getByRole('button', { name: label[kind] }).click();
    const file = await download;
    const path = await file.path();
    return {
      path,
      name: file.suggestedFilename(),
      text:
        kind === 'png'
          ? readFileSync(path).subarray(0, 8).toString('latin1')
          : readFileSync(path, 'utf8'),
    };
  }
}
