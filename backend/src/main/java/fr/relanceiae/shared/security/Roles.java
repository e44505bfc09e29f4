package fr.relanceiae.shared.security;

/** The JWT groups, one per role of DOMAIN.md; use these in {@code @RolesAllowed}. */
public final class Roles {
    public static final String BUYER = "buyer";
    public static final String SIAE = "siae";
    public static final String FACILITATOR = "facilitator";
    public static final String PARTNER = "partner";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
