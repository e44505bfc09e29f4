import { useEffect } from 'react';

export const PRODUCT_NAME = 'Relance IAE';

/**
 * Sets the document title of the page. (React 19's hoisted <title> would come
 * after the static one of index.html, which browsers keep using.)
 */
export function PageTitle({ title }: { title: string }) {
  useEffect(() => {
    document.title = `${title} · ${PRODUCT_NAME}`;
  }, [title]);
  return null;
}
