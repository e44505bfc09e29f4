import { useEffect } from 'react';

/**
 * While the page is shown, the browser sends no referrer at all (`<meta name="referrer"
 * content="no-referrer">`): a page opened from a personal link keeps its token out of every
 * request it makes and every link it follows. The previous policy comes back on leaving.
 */
export function useNoReferrer(): void {
  useEffect(() => {
    const existing = document.head.querySelector<HTMLMetaElement>('meta[name="referrer"]');
    const previous = existing?.content ?? null;
    const meta = existing ?? document.createElement('meta');
    meta.name = 'referrer';
    meta.content = 'no-referrer';
    if (!existing) document.head.append(meta);
    return () => {
      if (previous === null) meta.remove();
      else meta.content = previous;
    };
  }, []);
}
