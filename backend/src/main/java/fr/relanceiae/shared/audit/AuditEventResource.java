package fr.relanceiae.shared.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.relanceiae.account.AppUser;
import fr.relanceiae.shared.audit.AuditEventViews.EventPage;
import fr.relanceiae.shared.audit.AuditEventViews.View;
import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.paging.Page;
import fr.relanceiae.shared.security.Roles;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** The log of reads of confidential records (financing diagnostics), for admins. */
@Path("/api/v1/audit-events")
@Tag(name = "Audit", description = "Who read which confidential record")
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventResource {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listAuditEvents", summary = "Reads of confidential records, newest first",
            description = "One event per record read by someone other than its structure's users: READ when it was "
                    + "opened, LIST when it was in a list.")
    public EventPage list(@Valid @BeanParam AuditEventQuery query) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (query.recordType != null && !query.recordType.isBlank()) {
            where.append(" and recordType = :type");
            parameters.and("type", query.recordType);
        }
        if (query.recordId != null) {
            where.append(" and recordId = :record");
            parameters.and("record", query.recordId);
        }
        if (query.actor != null) {
            where.append(" and actorUserId = :actor");
            parameters.and("actor", query.actor);
        }
        if (query.from != null) {
            where.append(" and at >= :from");
            parameters.and("from", day("from", query.from).atStartOfDay(PARIS).toInstant());
        }
        if (query.to != null) {
            where.append(" and at < :to");
            parameters.and("to", day("to", query.to).plusDays(1).atStartOfDay(PARIS).toInstant());
        }
        Page<AuditEvent> page = Page.fetch(AuditEvent.find(where.toString(),
                Sort.by("at", Sort.Direction.Descending).and("id", Sort.Direction.Descending), parameters), query);
        List<UUID> actorIds = page.items().stream().map(event -> event.actorUserId).distinct().toList();
        Map<UUID, AppUser> actors = actorIds.isEmpty() ? Map.of() : AppUser.<AppUser>list("id in ?1", actorIds)
                .stream().collect(Collectors.toMap(user -> user.id, Function.identity()));
        List<View> items = page.items().stream().map(event -> {
            AppUser actor = actors.get(event.actorUserId);
            return new View(event.id, event.at, event.actorUserId, actor == null ? null : actor.displayName,
                    actor == null ? null : actor.email, event.actorRole, event.action, event.recordType, event.recordId);
        }).toList();
        return new EventPage(items, page.page(), page.size(), page.totalItems());
    }

    private static LocalDate day(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "Cette date n'existe pas.");
        }
    }
}
