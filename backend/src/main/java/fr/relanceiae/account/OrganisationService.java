package fr.relanceiae.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.relanceiae.shared.persistence.UniqueKeys;
import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.paging.Page;
import fr.relanceiae.shared.paging.PageQuery;
import fr.relanceiae.shared.web.ETags;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
@Transactional
public class OrganisationService {

    private static final String NAME = "name";
    private static final String DUPLICATE_NAME = "Une organisation de ce type porte déjà ce nom.";

    private final CurrentUsers currentUsers;

    public OrganisationService(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganisationPage list(PageQuery query) {
        return OrganisationPage.of(find(query, false).mapAll(OrganisationService::withUserCounts));
    }

    /** The active buyer organisations, which facilitators and partners write requests for. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BuyerOrganisationPage listActiveBuyers(PageQuery query) {
        return BuyerOrganisationPage.of(find(query, true).map(OrganisationRef::of));
    }

    /** Organisations in name order, those whose name contains {@code q}; only the active buyers when asked. */
    private static Page<Organisation> find(PageQuery query, boolean activeBuyersOnly) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (activeBuyersOnly) {
            where.add("active = true and kind in :kinds");
            parameters.and("kinds", OrganisationKind.BUYERS);
        }
        if (query.hasText()) {
            where.add("lower(name) like :q escape '\\'");
            parameters.and("q", query.containsPattern());
        }
        Sort byName = Sort.by("name").and("id");
        return where.isEmpty() ? Page.fetch(Organisation.findAll(byName), query)
                : Page.fetch(Organisation.find(String.join(" and ", where), byName, parameters), query);
    }

    public OrganisationView create(OrganisationInput input) {
        refuseTakenName(input, null);
        Organisation organisation = Organisation.create(input.name().trim(), input.kind(), input.activeOrDefault());
        organisation.persist();
        UniqueKeys.flushOrConflict(UniqueKeys.ORGANISATION_NAME, NAME, DUPLICATE_NAME);
        return OrganisationView.of(organisation, 0);
    }

    /** Deactivating an organisation ends its users' sessions; its clients' credentials are refused. */
    public OrganisationView update(UUID id, String ifMatch, OrganisationInput input) {
        Organisation organisation = require(id);
        ETags.check(ifMatch, organisation.version);
        refuseTakenName(input, id);
        boolean deactivated = organisation.active && !input.activeOrDefault();
        currentUsers.forgetAll(); // their users' /me names the organisation
        organisation.name = input.name().trim();
        organisation.kind = input.kind();
        organisation.active = input.activeOrDefault();
        UniqueKeys.flushOrConflict(UniqueKeys.ORGANISATION_NAME, NAME, DUPLICATE_NAME);
        if (deactivated) {
            RefreshToken.revokeAllInOrganisation(organisation, Instant.now());
        }
        return withUserCounts(List.of(organisation)).get(0);
    }

    /**
     * Names are unique per kind, compared without case, accents or extra spaces, as the unique
     * index of V16 compares them (same SQL function); SIAE organisations, one per structure, may
     * share a name. The index still stops two requests racing past this check (409 as well).
     */
    private static void refuseTakenName(OrganisationInput input, UUID exceptId) {
        if (input.kind() == OrganisationKind.SIAE) {
            return;
        }
        var query = Organisation.getEntityManager().createNativeQuery("select count(*) from organisation "
                + "where kind = :kind and verified "
                + "and public.f_organisation_name_key(name) = public.f_organisation_name_key(:name)"
                + (exceptId == null ? "" : " and id <> :exceptId"))
                .setParameter("kind", input.kind().name())
                .setParameter("name", input.name());
        if (exceptId != null) {
            query.setParameter("exceptId", exceptId);
        }
        Number taken = (Number) query.getSingleResult();
        if (taken.longValue() > 0) {
            throw ProblemException.conflictOnField(NAME, DUPLICATE_NAME);
        }
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
