/**
 * Sanitary supplies (issue 11): the products the support group collects and hands out
 * ({@code product}), their stock as an append-only ledger ({@code stock}), the structures'
 * orders with their reservations, backorders and shipments ({@code order}), and the runs that
 * share new stock fairly among the backorders ({@code allocation}).
 *
 * <p>Every change of stock goes through {@link fr.relanceiae.supply.stock.StockLedger}, which
 * locks the product rows it touches: a unit is never promised twice, whatever the concurrency.
 */
package fr.relanceiae.supply;
