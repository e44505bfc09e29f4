package fr.relanceiae.account;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.paging.Page;
import fr.relanceiae.shared.paging.PageQuery;
import fr.relanceiae.shared.persistence.ETags;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
@Transactional
public class OrganisationService {

    private final CurrentUsers currentUsers;

    public OrganisationService(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganisationPage list(PageQuery query) {
        Page<Organisation> page = query.hasText()
                ? Page.fetch(Organisation.find("lower(name) like :q escape '\\'", Sort.by("name").and("id"),
                        Parameters.with("q", query.containsPattern())), query)
                : Page.fetch(Organisation.findAll(Sort.by("name").and("id")), query);
        return OrganisationPage.of(page.mapAll(OrganisationService::withUserCounts));
    }

    public OrganisationView create(OrganisationInput input) {
        Organisation organisation = Organisation.create(input.name().trim(), input.kind(), input.activeOrDefault());
        organisation.persist();
        return OrganisationView.of(organisation, 0);
    }

    /** Deactivating an organisation ends its users' sessions; its clients' credentials are refused. */
    public OrganisationView update(UUID id, String ifMatch, OrganisationInput input) {
        Organisation organisation = require(id);
        ETags.check(ifMatch, organisation.version);
        boolean deactivated = organisation.active && !input.activeOrDefault();
        currentUsers.forgetAll(); // their users' /me names the organisation
        organisation.name = input.name().trim();
        organisation.kind = input.kind();
        organisation.active = input.activeOrDefault();
        ETags.flush(Organisation.getEntityManager());
        if (deactivated) {
            RefreshToken.revokeAllInOrganisation(organisation, Instant.now());
        }
        return withUserCounts(List.of(organisation)).get(0);
    }

    static Organisation require(UUID id) {
        return Organisation.<Organisation>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Organisation introuvable."));
    }

    /** An organisation named in a request body: unknown is a validation error on that field. */
    static Organisation requireReferenced(UUID id) {
        return Organisation.<Organisation>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.invalidField("organisationId", "Organisation introuvable."));
    }

    private static List<OrganisationView> withUserCounts(List<Organisation> organisations) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        Map<UUID, Long> counts = AppUser.getEntityManager()
                .createQuery("select u.organisation.id, count(u) from AppUser u where u.organisation in :organisations "
                        + "group by u.organisation.id", Object[].class)
                .setParameter("organisations", organisations)
                .getResultList().stream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
        return organisations.stream()
                .map(organisation -> OrganisationView.of(organisation, counts.getOrDefault(organisation.id, 0L)))
                .toList();
    }
}
