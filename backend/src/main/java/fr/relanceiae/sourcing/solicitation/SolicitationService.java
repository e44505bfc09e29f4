package fr.relanceiae.sourcing.solicitation;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fr.relanceiae.shared.paging.Page;
import fr.relanceiae.shared.paging.PageQuery;
import fr.relanceiae.sourcing.request.SourcingAttachment;

@ApplicationScoped
public class SolicitationService {

    public record Added(SolicitationView view, boolean created) {
    }

    public List<SolicitationView> listForRequest(UUID requestId) {
        throw new UnsupportedOperationException();
    }

    public Added add(UUID requestId, SolicitationAddInput input) {
        throw new UnsupportedOperationException();
    }

    public void remove(UUID requestId, UUID structureId) {
        throw new UnsupportedOperationException();
    }

    public Page<UnreachableSolicitation> listUnreachable(PageQuery page) {
        throw new UnsupportedOperationException();
    }

    public Page<SolicitationInboxItem> inbox(PageQuery page, SolicitationStatus status) {
        throw new UnsupportedOperationException();
    }

    public SolicitationDetail getForCaller(UUID id) {
        throw new UnsupportedOperationException();
    }

    public SolicitationDetail answerForCaller(UUID id, SolicitationAnswerInput input) {
        throw new UnsupportedOperationException();
    }

    public SourcingAttachment attachmentForCaller(UUID id, UUID attachmentId) {
        throw new UnsupportedOperationException();
    }

    public SolicitationDetail getByLink(String token) {
        throw new UnsupportedOperationException();
    }

    public SolicitationDetail answerByLink(String token, SolicitationAnswerInput input) {
        throw new UnsupportedOperationException();
    }

    public SourcingAttachment attachmentByLink(String token, UUID attachmentId) {
        throw new UnsupportedOperationException();
    }
}
