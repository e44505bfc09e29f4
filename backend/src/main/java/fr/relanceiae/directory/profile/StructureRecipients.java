package fr.relanceiae.directory.profile;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.relanceiae.account.AppUser;

/** Who is written to about a structure (a solicitation, an order): its organisation's people, else its contact. */
public final class StructureRecipients {

    private StructureRecipients() {
    }

    /** The active users of each of these organisations (active too), by organisation, in name order. */
    public static Map<UUID, List<AppUser>> activeUsers(Collection<UUID> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Map.of();
        }
        return AppUser.<AppUser>list("organisation.id in ?1 and active = true and organisation.active = true "
                + "order by displayName, email", Set.copyOf(organisationIds)).stream()
                .collect(Collectors.groupingBy(user -> user.organisation.id, LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * {@link #activeUsers}, only their addresses: values, not entities, for mailings to thousands of
     * structures at once (managed entities would make every later statement of the transaction
     * dirty-check them all).
     */
    public static Map<UUID, List<String>> activeUserEmails(Collection<UUID> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Map.of();
        }
        // In SQL rather than HQL: an allocation run may be an instance's first mailing, and parsing
        // the HQL the first time cost a tenth of a second.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AppUser.getEntityManager().createNativeQuery("""
                SELECT u.organisation_id, u.email FROM app_user u JOIN organisation o ON o.id = u.organisation_id
                WHERE u.organisation_id IN (:ids) AND u.active AND o.active
                ORDER BY u.display_name, u.email""").setParameter("ids", Set.copyOf(organisationIds)).getResultList();
        return rows.stream()
                .collect(Collectors.groupingBy(row -> (UUID) row[0], LinkedHashMap::new,
                        Collectors.mapping(row -> (String) row[1], Collectors.toList())));
    }

    /** Who is e-mailed for a structure: its organisation's active users, else its contact e-mail, else nobody. */
    public static List<String> recipients(Structure structure, List<AppUser> users) {
        return recipientsOf(structure.email, users.stream().map(user -> user.email).toList());
    }

    /** {@link #recipients(Structure, List)} from values: the structure's contact e-mail and its users' addresses. */
    public static List<String> recipientsOf(String structureEmail, List<String> userEmails) {
        if (!userEmails.isEmpty()) {
            return userEmails.stream().distinct().toList();
        }
        return structureEmail == null || structureEmail.isBlank() ? List.of() : List.of(structureEmail);
    }

    /** {@link #recipients(Structure, List)} with the users looked up. */
    public static List<String> recipients(Structure structure) {
        return recipients(structure, activeUsers(List.of(structure.organisation.id))
                .getOrDefault(structure.organisation.id, List.of()));
    }
}
