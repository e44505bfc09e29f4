package fr.relanceiae.sourcing.solicitation;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import fr.relanceiae.account.AppUser;
import fr.relanceiae.account.Organisation;
import fr.relanceiae.directory.profile.Structure;
import fr.relanceiae.reference.DepartmentView;
import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.reference.PrestaTypeView;
import fr.relanceiae.reference.ReferenceCatalog;
import fr.relanceiae.reference.SectorGroupView;
import fr.relanceiae.reference.SectorView;
import fr.relanceiae.sourcing.request.SourcingRequest;

/**
 * Builds what the API and the e-mails show of solicitations: French names of sectors, presta
 * types and places from the reference catalogue, contacts, answers. Lists are built with one
 * query per kind of record, never one per item.
 */
@ApplicationScoped
public class SolicitationViews {

    private final ReferenceCatalog references;

    public SolicitationViews(ReferenceCatalog references) {
        this.references = references;
    }

    /** "Seine-Saint-Denis (93), Paris (75)" or "Montreuil (rayon 20 km)"; structures nationwide mentioned. */
    public String placeSummary(SourcingRequest request) {
        String place;
        if (request.isPointPlace()) {
            String label = request.placeLabel == null || request.placeLabel.isBlank() ? "Autour du point indiqué"
                    : request.placeLabel;
            place = request.radiusKm == null ? label : label + " (rayon " + request.radiusKm + " km)";
        } else {
            Map<String, String> names = references.departments().items().stream()
                    .collect(Collectors.toMap(DepartmentView::code, DepartmentView::name));
            place = Arrays.stream(request.departments)
                    .map(code -> names.containsKey(code) ? names.get(code) + " (" + code + ")" : code)
                    .collect(Collectors.joining(", "));
            if (place.isEmpty()) {
                place = "Non précisé";
            }
        }
        return request.includeNationwide ? place + ", et structures intervenant dans toute la France" : place;
    }

    /** The sectors' names; a group's slug is its name. */
    public List<String> sectorNames(SourcingRequest request) {
        Map<String, String> names = new HashMap<>();
        for (SectorGroupView group : references.sectors().items()) {
            names.put(group.slug(), group.name());
            for (SectorView sector : group.sectors()) {
                names.put(sector.slug(), sector.name());
            }
        }
        return Arrays.stream(request.sectors).map(slug -> names.getOrDefault(slug, slug)).toList();
    }

    public List<PrestaType> prestaTypes(SourcingRequest request) {
        return Arrays.stream(request.prestaTypes).map(PrestaType::valueOf).toList();
    }

    public List<String> prestaTypeNames(SourcingRequest request) {
        Map<PrestaType, String> labels = references.prestaTypes().items().stream()
                .collect(Collectors.toMap(PrestaTypeView::code, PrestaTypeView::label));
        return prestaTypes(request).stream().map(type -> labels.getOrDefault(type, type.name())).toList();
    }

    public SourcingMails.RequestSummary summary(SourcingRequest request) {
        return new SourcingMails.RequestSummary(request.title, organisationName(request.buyerOrganisationId),
                placeSummary(request), request.responseDeadline);
    }

    public static String organisationName(UUID organisationId) {
        Organisation organisation = Organisation.findById(organisationId);
        return organisation == null ? "" : organisation.name;
    }

    /** The answer of a solicitation, null when it has not answered. */
    public static SolicitationAnswerView answer(Solicitation solicitation, Map<UUID, String> structureNames) {
        if (!solicitation.answered()) {
            return null;
        }
        SolicitationDecision decision = solicitation.status == SolicitationStatus.DECLINED ? SolicitationDecision.DECLINED
                : SolicitationDecision.INTERESTED;
        List<UUID> partners = List.of(solicitation.partnerStructureIds);
        return new SolicitationAnswerView(decision, solicitation.message, solicitation.quoteAmount,
                solicitation.monthlyCapacity, partners, partners.stream().map(id -> structureNames.getOrDefault(id, ""))
                        .toList(), solicitation.declineReason);
    }

    /** The names of the structures these solicitations' answers name as partners. */
    public static Map<UUID, String> partnerNames(Collection<Solicitation> solicitations) {
        Set<UUID> ids = solicitations.stream().flatMap(s -> Arrays.stream(s.partnerStructureIds))
                .collect(Collectors.toSet());
        return structures(ids).values().stream().collect(Collectors.toMap(structure -> structure.id, structure -> structure.name));
    }

    public static Map<UUID, Structure> structures(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Structure.<Structure>list("id in ?1", Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(structure -> structure.id, Function.identity()));
    }

    public static Map<UUID, SourcingRequest> requests(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return SourcingRequest.<SourcingRequest>list("id in ?1", Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(request -> request.id, Function.identity()));
    }

    public static SolicitationContact contact(Structure structure, List<AppUser> users) {
        return new SolicitationContact(structure.contactName, structure.email, structure.phone,
                users.stream().map(user -> new SolicitationContact.User(user.displayName, user.email)).toList());
    }

    static boolean deadlinePassed(SourcingRequest request, Instant now) {
        return SolicitationDeadlines.passed(request.responseDeadline, now);
    }
}
