/**
 * Where the article view was opened from ("read in the article" in an event's detail), so that
 * closing it can put focus back there. Only a button the user activated is remembered: an
 * article opened by a link or by Back has no opener, and closing it leaves focus alone.
 */
let opener: { element: HTMLElement; articleId: string } | null = null;

export function rememberOpener(element: HTMLElement, articleId: string): void {
  opener = { element, articleId };
}

export function openerOf(articleId: string): HTMLElement | null {
  return opener?.articleId === articleId ? opener.element : null;
}

export function forgetOpener(): void {
  opener = null;
}
