package fr.relanceiae.sourcing.solicitation;

/** Why a structure was solicited. */
public enum SolicitationOrigin {
    /** Picked by the matching rule on publishing. */
    MATCHED,
    /** Named by the request ({@code targetStructureIds}), e.g. from « Demander un devis ». */
    TARGETED,
    /** Added by a facilitator. */
    ADDED
}
