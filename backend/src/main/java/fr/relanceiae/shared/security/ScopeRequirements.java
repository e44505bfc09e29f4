package fr.relanceiae.shared.security;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Optional;

/**
 * The one table of which scope a partner token needs for each operation (by
 * its OpenAPI operationId). {@link ScopeFilter} enforces it, the contract shows
 * it as {@code x-required-scope}. An operation open to partners but missing
 * here is refused to them: add it when a capability opens one.
 */
public final class ScopeRequirements {

    private static final Map<String, PartnerScope> BY_OPERATION = Map.ofEntries(
            // directory
            entry("searchStructures", PartnerScope.DIRECTORY_READ),
            entry("exportStructures", PartnerScope.DIRECTORY_READ),
            entry("exportStructuresXlsx", PartnerScope.DIRECTORY_READ),
            entry("getStructure", PartnerScope.DIRECTORY_READ),
            entry("getStructureBySiret", PartnerScope.DIRECTORY_READ),
            entry("listStructureLabels", PartnerScope.DIRECTORY_READ),
            entry("listStructureNetworks", PartnerScope.DIRECTORY_READ),
            // reference lists
            entry("listSectors", PartnerScope.DIRECTORY_READ),
            entry("listDepartments", PartnerScope.DIRECTORY_READ),
            entry("searchCommunes", PartnerScope.DIRECTORY_READ),
            entry("listStructureKinds", PartnerScope.DIRECTORY_READ),
            entry("listPrestaTypes", PartnerScope.DIRECTORY_READ),
            // sourcing: a partner writes requests for its buyers and follows those it created
            entry("createSourcingRequest", PartnerScope.SOURCING_WRITE),
            entry("listBuyerOrganisations", PartnerScope.SOURCING_WRITE),
            entry("updateSourcingRequest", PartnerScope.SOURCING_WRITE),
            entry("submitSourcingRequest", PartnerScope.SOURCING_WRITE),
            entry("getSourcingPotential", PartnerScope.SOURCING_WRITE),
            entry("addSourcingAttachment", PartnerScope.SOURCING_WRITE),
            entry("deleteSourcingAttachment", PartnerScope.SOURCING_WRITE),
            entry("listSourcingRequests", PartnerScope.SOURCING_READ),
            entry("getSourcingRequest", PartnerScope.SOURCING_READ),
            entry("getSourcingAttachment", PartnerScope.SOURCING_READ),
            entry("listRequestSolicitations", PartnerScope.SOURCING_READ),
            // supplies: the products and their stock
            entry("listProducts", PartnerScope.SUPPLIES_READ),
            entry("getProduct", PartnerScope.SUPPLIES_READ),
            // indicators: aggregates only, small cells withheld
            entry("getFinancingIndicators", PartnerScope.INDICATORS_READ));

    private ScopeRequirements() {
    }

    public static Optional<PartnerScope> forOperation(String operationId) {
        return Optional.ofNullable(BY_OPERATION.get(operationId));
    }

    public static Map<String, PartnerScope> all() {
        return BY_OPERATION;
    }
}
