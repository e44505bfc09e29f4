package fr.relanceiae.account.signup;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fr.relanceiae.shared.paging.PagingQuery;

@ApplicationScoped
public class OrganisationVerificationService {

    public OrganisationToVerifyPage listToVerify(PagingQuery query) {
        throw new UnsupportedOperationException("not yet");
    }

    public OrganisationToVerify confirm(UUID id) {
        throw new UnsupportedOperationException("not yet");
    }

    public OrganisationToVerify merge(UUID id, OrganisationMerge request) {
        throw new UnsupportedOperationException("not yet");
    }
}
