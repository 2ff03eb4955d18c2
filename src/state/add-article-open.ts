import { create } from 'zustand';

/**
 * Whether "Artikel hinzufügen" is open: all the header and the data panel need of it, so that
 * the flow itself (its views, its draft, the extractor) loads only when it is opened.
 */
export const useAddArticleOpen = create<{ open: boolean }>()(() => ({ open: false }));

export const openAddArticle = () => useAddArticleOpen.setState({ open: true });
export const closeAddArticle = () => useAddArticleOpen.setState({ open: false });
