import type { ReactElement } from 'react';
import type { CurrentUser } from '@/lib/api/types';
import { renderRoute, signIn } from '@/testing/test-utils';
import { STOCK_FACILITATOR } from './stock-fixtures';

const STAND_INS = [
  { path: '/fournitures/stock', element: <h1>Page du stock</h1> },
  { path: '/fournitures/stock/:id', element: <h1>Page du produit</h1> },
  { path: '/fournitures/commandes/:id', element: <h1>Page de la commande</h1> },
];

/** A stock page signed in (a facilitator by default), the pages it links to as stand-ins. */
export function renderStockRoute(
  element: ReactElement,
  {
    path,
    initialEntry,
    user = STOCK_FACILITATOR,
  }: { path: string; initialEntry?: string; user?: CurrentUser },
) {
  signIn(user);
  return renderRoute(element, {
    path,
    ...(initialEntry ? { initialEntry } : {}),
    routes: STAND_INS.filter((route) => route.path !== path),
  });
}
