package fr.relanceiae.account.signup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import fr.relanceiae.account.AppUser;
import fr.relanceiae.account.Organisation;
import fr.relanceiae.account.OrganisationKind;
import fr.relanceiae.account.UserService;
import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.paging.Page;
import fr.relanceiae.shared.paging.PagingQuery;

/**
 * The organisations created by buyers' sign-up, which facilitators check: confirmed as they are (their
 * name must then be free among verified organisations of their kind), or merged into an existing
 * organisation, which takes their users, their sourcing requests and whatever else points at them.
 */
@ApplicationScoped
@Transactional
public class OrganisationVerificationService {

    static final String TARGET_FIELD = "targetOrganisationId";
    static final String NOT_TO_VERIFY = "Organisation à vérifier introuvable.";
    static final String NAME_TAKEN = "Une organisation vérifiée de même type porte déjà ce nom : fusionnez plutôt "
            + "celle-ci avec elle.";

    /**
     * Every column whose foreign key points at an organisation, and whether it is unique on its own (then
     * the source's row is dropped when the target already has one: a per-organisation state, such as the
     * last answer digest sent). Read from the catalogue, so a table added later moves too.
     */
    private static final String REFERENCES = """
            select c.conrelid::regclass::text, a.attname::text,
                   exists (select 1 from pg_index i where i.indrelid = c.conrelid and i.indisunique
                           and i.indnkeyatts = 1 and i.indkey[0] = a.attnum)
            from pg_constraint c
            join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
            where c.contype = 'f' and c.confrelid = 'organisation'::regclass and cardinality(c.conkey) = 1
            order by 1, 2""";

    private final EntityManager entityManager;
    private final UserService users;

    public OrganisationVerificationService(EntityManager entityManager, UserService users) {
        this.entityManager = entityManager;
        this.users = users;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganisationToVerifyPage listToVerify(PagingQuery query) {
        Page<Organisation> page = Page.fetch(Organisation.find("verified = false and kind in ?1",
                Sort.by("createdAt").and("id"), OrganisationKind.BUYERS), query);
        return OrganisationToVerifyPage.of(page.mapAll(this::views));
    }

    public OrganisationToVerify confirm(UUID id) {
        Organisation organisation = requireToVerify(id);
        Number taken = (Number) entityManager.createNativeQuery("select count(*) from organisation where verified "
                + "and kind = :kind and public.f_organisation_name_key(name) = public.f_organisation_name_key(:name)")
                .setParameter("kind", organisation.kind.name())
                .setParameter("name", organisation.name)
                .getSingleResult();
        if (taken.longValue() > 0) {
            throw ProblemException.conflictOnField("name", NAME_TAKEN);
        }
        organisation.verified = true;
        entityManager.flush();
        return views(List.of(organisation)).get(0);
    }

    public OrganisationToVerify merge(UUID id, OrganisationMerge request) {
        Organisation source = requireToVerify(id);
        Organisation target = Organisation.<Organisation>findByIdOptional(request.targetOrganisationId())
                .filter(found -> !found.id.equals(source.id) && found.active
                        && OrganisationKind.BUYERS.contains(found.kind))
                .orElseThrow(() -> ProblemException.invalidField(TARGET_FIELD,
                        "Choisissez une autre organisation d'acheteurs, active."));
        // Through the account service: their sessions end (their tokens name the source) and caches forget them.
        AppUser.<AppUser>list("organisation", source).forEach(user -> users.moveToOrganisation(user.id, target.id));
        entityManager.flush();
        @SuppressWarnings("unchecked")
        List<Object[]> references = entityManager.createNativeQuery(REFERENCES).getResultList();
        for (Object[] reference : references) {
            String table = (String) reference[0];
            String column = '"' + ((String) reference[1]).replace("\"", "\"\"") + '"';
            if ((Boolean) reference[2]) {
                entityManager.createNativeQuery("delete from " + table + " where " + column + " = :source and exists "
                        + "(select 1 from " + table + " where " + column + " = :target)")
                        .setParameter("source", source.id).setParameter("target", target.id).executeUpdate();
            }
            entityManager.createNativeQuery("update " + table + " set " + column + " = :target where " + column
                    + " = :source").setParameter("source", source.id).setParameter("target", target.id).executeUpdate();
        }
        entityManager.createNativeQuery("delete from organisation where id = :id").setParameter("id", source.id)
                .executeUpdate();
        entityManager.detach(source);
        return views(List.of(target)).get(0);
    }

    private static Organisation requireToVerify(UUID id) {
        return Organisation.<Organisation>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(found -> !found.verified && OrganisationKind.BUYERS.contains(found.kind))
                .orElseThrow(() -> ProblemException.notFound(NOT_TO_VERIFY));
    }

    private List<OrganisationToVerify> views(List<Organisation> organisations) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = organisations.stream().map(organisation -> organisation.id).toList();
        Map<UUID, Long> userCounts = counts("select organisation_id, count(*) from app_user "
                + "where organisation_id in (:ids) group by organisation_id", ids);
        Map<UUID, Long> requestCounts = counts("select buyer_organisation_id, count(*) from sourcing_request "
                + "where buyer_organisation_id in (:ids) group by buyer_organisation_id", ids);
        return organisations.stream().map(organisation -> new OrganisationToVerify(organisation.id, organisation.name,
                organisation.kind, organisation.siret, organisation.verified, organisation.createdAt,
                userCounts.getOrDefault(organisation.id, 0L), requestCounts.getOrDefault(organisation.id, 0L)))
                .toList();
    }

    private Map<UUID, Long> counts(String sql, List<UUID> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(sql).setParameter("ids", ids).getResultList();
        Map<UUID, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
