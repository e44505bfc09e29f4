import { paths } from '@/config/paths';

/*
 * The last directory search of this tab (its query string and where the page was scrolled to), so
 * that "Retour à l’annuaire" on a profile brings the search back as it was.
 */
const SEARCH_KEY = 'annuaire.derniere-recherche';
const SCROLL_KEY = 'annuaire.defilement';

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    // Storage refused by the browser: the link goes to the directory's first page.
    return null;
  }
}

export function rememberSearch(search: string) {
  storage()?.setItem(SEARCH_KEY, search);
}

/** Called when a result is opened: the scroll to come back to. */
export function rememberScroll(y: number) {
  storage()?.setItem(SCROLL_KEY, String(Math.round(y)));
}

/** The directory with the last search's filters and page. */
export function lastSearchPath(): string {
  const search = storage()?.getItem(SEARCH_KEY) ?? '';
  return search
    ? `${paths.directory}${search.startsWith('?') ? '' : '?'}${search}`
    : paths.directory;
}

/** The scroll remembered when a result was opened, once (the next visit starts at the top). */
export function takeScroll(): number | null {
  const store = storage();
  const raw = store?.getItem(SCROLL_KEY);
  store?.removeItem(SCROLL_KEY);
  const y = Number(raw);
  return raw && Number.isFinite(y) ? y : null;
}

/** Router state of the link back, telling the search to restore its scroll. */
export const BACK_TO_SEARCH_STATE = { backToSearch: true } as const;
