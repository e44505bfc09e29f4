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

    /** Who is e-mailed for a structure: its organisation's active users, else its contact e-mail, else nobody. */
    public static List<String> recipients(Structure structure, List<AppUser> users) {
        if (!users.isEmpty()) {
            return users.stream().map(user -> user.email).distinct().toList();
        }
        return structure.email == null || structure.email.isBlank() ? List.of() : List.of(structure.email);
    }

    /** {@link #recipients(Structure, List)} with the users looked up. */
    public static List<String> recipients(Structure structure) {
        return recipients(structure, activeUsers(List.of(structure.organisation.id))
                .getOrDefault(structure.organisation.id, List.of()));
    }
}
