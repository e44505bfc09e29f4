package fr.relanceiae.account.signup;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.account.OrganisationKind;

/** The kinds of organisation a buyer may create by signing up. */
@Schema(name = "BuyerOrganisationKind", description = "PUBLIC_BUYER: a public buyer; PRIVATE_BUYER: a company")
public enum BuyerOrganisationKind {
    PUBLIC_BUYER(OrganisationKind.PUBLIC_BUYER), PRIVATE_BUYER(OrganisationKind.PRIVATE_BUYER);

    private final OrganisationKind kind;

    BuyerOrganisationKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public OrganisationKind organisationKind() {
        return kind;
    }
}
