package fr.relanceiae.account;

import java.util.Set;

/** What an organisation is, which says which roles its users usually have. */
public enum OrganisationKind {
    PUBLIC_BUYER, PRIVATE_BUYER, SIAE, NETWORK, PARTNER, PLATFORM;

    /** The kinds a sourcing request or an ongoing contract may be for. */
    public static final Set<OrganisationKind> BUYERS = Set.of(PUBLIC_BUYER, PRIVATE_BUYER);
}
