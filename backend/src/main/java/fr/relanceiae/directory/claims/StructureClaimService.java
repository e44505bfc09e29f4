package fr.relanceiae.directory.claims;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fr.relanceiae.account.signup.SignUpAccepted;
import fr.relanceiae.account.signup.StructureSignUp;
import fr.relanceiae.shared.paging.PagingQuery;

@ApplicationScoped
public class StructureClaimService {

    public SignUpAccepted signUp(StructureSignUp request) {
        throw new UnsupportedOperationException("not yet");
    }

    public ConfirmedStructureClaim confirm(StructureClaimConfirmation request) {
        throw new UnsupportedOperationException("not yet");
    }

    public StructureClaimPage list(ClaimStatus status, PagingQuery query) {
        throw new UnsupportedOperationException("not yet");
    }

    public StructureClaimView accept(UUID id, UUID deciderId) {
        throw new UnsupportedOperationException("not yet");
    }

    public StructureClaimView refuse(UUID id, StructureClaimRefusal request, UUID deciderId) {
        throw new UnsupportedOperationException("not yet");
    }
}
