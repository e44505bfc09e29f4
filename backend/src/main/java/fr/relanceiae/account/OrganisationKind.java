package fr.relanceiae.account;

/** What an organisation is, which says which roles its users usually have. */
public enum OrganisationKind {
    PUBLIC_BUYER, PRIVATE_BUYER, SIAE, NETWORK, PARTNER, PLATFORM
}
