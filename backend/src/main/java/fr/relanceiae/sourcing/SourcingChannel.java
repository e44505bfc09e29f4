package fr.relanceiae.sourcing;

/** How a need reached the network. */
public enum SourcingChannel {
    /** A buyer's request for quotes. */
    QUOTE,
    /** A negotiated-contract (gré à gré) opportunity found by prospection. */
    NEGOTIATED,
    /** Part of an ongoing contract that its holder is asked to subcontract. */
    SUBCONTRACTING
}
