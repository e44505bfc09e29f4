package fr.relanceiae.shared.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import fr.relanceiae.account.AppUser;
import fr.relanceiae.shared.audit.AuditEventViews.EventPage;
import fr.relanceiae.shared.audit.AuditEventViews.View;
import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.paging.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Reads the audit log for admins: filtered, newest first, with the names of the actors still known. */
@ApplicationScoped
public class AuditEventService {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public EventPage list(AuditEventQuery query) {
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
