package fr.relanceiae.directory.search;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.relanceiae.directory.DirectoryAccess;
import fr.relanceiae.shared.error.ProblemException;

/** Directory searches with the caller's view, and the ids an export writes. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DirectorySearchService {

    private final StructureSearch search;
    private final DirectoryAccess access;
    private final EntityManager entityManager;

    public DirectorySearchService(StructureSearch search, DirectoryAccess access, EntityManager entityManager) {
        this.search = search;
        this.access = access;
        this.entityManager = entityManager;
    }

    public StructureSearchPage search(StructureSearchQuery query) {
        return search.search(checked(query));
    }

    /** The caller's organisation's structures, deactivated ones included. */
    public List<StructureSummary> ofCallerOrganisation() {
        return search.ofOrganisation(access.callerOrganisationId());
    }

    /** The ids of every structure the search finds, in the search's order (what an export writes). */
    public List<UUID> matchingIds(StructureSearchQuery query) {
        return search.matchingIds(checked(query));
    }

    private StructureSearchQuery checked(StructureSearchQuery query) {
        boolean anyPointPart = query.lat != null || query.lon != null || query.radiusKm != null;
        if (anyPointPart && !query.hasPoint()) {
            throw ProblemException.invalidField("radiusKm", "lat, lon et radiusKm vont ensemble.");
        }
        if (query.sort == StructureSort.distance && !query.hasPoint()) {
            throw ProblemException.invalidField("sort", "Le tri par distance demande lat, lon et radiusKm.");
        }
        if (!query.active && !access.isStaff()) {
            throw ProblemException.forbidden("Seuls les animateurs et administrateurs voient les structures désactivées.");
        }
        return query;
    }
}
