package fr.relanceiae.reference;

import io.smallrye.jwt.build.Jwt;

/** Access tokens signed with the test key, as the login would issue them. */
final class ReferenceTokens {

    private ReferenceTokens() {
    }

    /** A partner's token has the scope of the reference lists. */
    static String tokenFor(String role) {
        return Jwt.upn(role + "@test.relance-iae.fr").groups(role).claim("scope", "directory:read")
                .issuer("https://relance-iae.fr").audience("relance-iae").sign();
    }
}
