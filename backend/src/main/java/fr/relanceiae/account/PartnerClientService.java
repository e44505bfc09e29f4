package fr.relanceiae.account;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.relanceiae.shared.persistence.UniqueKeys;
import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.paging.Page;
import fr.relanceiae.shared.paging.PageQuery;
import fr.relanceiae.shared.web.ETags;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Partner clients as the admin manages them; a secret is returned once, when created or rotated. */
@ApplicationScoped
@Transactional
public class PartnerClientService {

    private static final String DUPLICATE_CLIENT_ID = "Un client a déjà cet identifiant.";

    @Transactional(Transactional.TxType.SUPPORTS)
    public PartnerClientPage list(PageQuery query) {
        Sort sort = Sort.by("clientId").and("id");
        Page<PartnerClient> page = query.hasText()
                ? Page.fetch(PartnerClient.find("lower(clientId) like :q escape '\\' or lower(name) like :q escape '\\'",
                        sort, Parameters.with("q", query.containsPattern())), query)
                : Page.fetch(PartnerClient.findAll(sort), query);
        return PartnerClientPage.of(page.map(PartnerClientView::of));
    }

    public PartnerClientCreated create(PartnerClientInput input) {
        if (PartnerClient.findByClientId(input.clientId()).isPresent()) {
            throw ProblemException.conflict(DUPLICATE_CLIENT_ID);
        }
        PartnerClient client = new PartnerClient();
        client.id = UUID.randomUUID();
        client.clientId = input.clientId();
        apply(client, input);
        String secret = SecretTokens.generate();
        client.secretHash = SecretTokens.hash(secret);
        client.persist();
        UniqueKeys.flushOrConflict(UniqueKeys.CLIENT_ID, DUPLICATE_CLIENT_ID);
        return new PartnerClientCreated(PartnerClientView.of(client), secret);
    }

    public PartnerClientView update(UUID id, String ifMatch, PartnerClientInput input) {
        PartnerClient client = require(id);
        ETags.check(ifMatch, client.version);
        if (!client.clientId.equals(input.clientId()) && PartnerClient.findByClientId(input.clientId()).isPresent()) {
            throw ProblemException.conflict(DUPLICATE_CLIENT_ID);
        }
        client.clientId = input.clientId();
        apply(client, input);
        UniqueKeys.flushOrConflict(UniqueKeys.CLIENT_ID, DUPLICATE_CLIENT_ID);
        return PartnerClientView.of(client);
    }

    /** A new secret; the previous one is refused from now on (tokens already issued live until they expire). */
    public PartnerClientCreated rotateSecret(UUID id) {
        PartnerClient client = require(id);
        String secret = SecretTokens.generate();
        client.secretHash = SecretTokens.hash(secret);
        // No If-Match here: a rotation racing another one is a 409 (ProblemExceptionMappers), to retry.
        PartnerClient.getEntityManager().flush();
        return new PartnerClientCreated(PartnerClientView.of(client), secret);
    }

    private static void apply(PartnerClient client, PartnerClientInput input) {
        client.name = input.name().trim();
        client.organisation = OrganisationService.requireReferenced(input.organisationId());
        client.setScopes(input.scopes());
        client.active = input.activeOrDefault();
        client.requestsPerMinute = input.requestsPerMinute();
    }

    private static PartnerClient require(UUID id) {
        return PartnerClient.<PartnerClient>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Client partenaire introuvable."));
    }
}
