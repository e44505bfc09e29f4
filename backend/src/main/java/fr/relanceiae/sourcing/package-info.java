/**
 * Sourcing (issue 10): a buyer's need ({@link fr.relanceiae.sourcing.request.SourcingRequest})
 * reaches the structures that can answer it ({@code matching}), which are solicited
 * ({@link fr.relanceiae.sourcing.solicitation.Solicitation}) and answer, with or without
 * an account; the outcome records the business generated. Holders of ongoing public
 * contracts ({@link fr.relanceiae.sourcing.contract.OngoingContract}) are asked to subcontract.
 */
package fr.relanceiae.sourcing;
