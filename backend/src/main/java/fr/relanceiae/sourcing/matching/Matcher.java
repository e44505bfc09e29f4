package fr.relanceiae.sourcing.matching;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import fr.relanceiae.reference.ReferenceCatalog;

/**
 * Which structures can answer a need, best first, and why; and the live count of the "potential"
 * counter. Runs over the {@link MatchingSnapshot} (the directory in memory, as fresh as the directory
 * search): {@link MatchRanking} runs the {@link MatchRule} on every structure and the {@link MatchScore}
 * on the matches, a few milliseconds of CPU for 10,000 structures ({@code backend/bench/match.sh});
 * the reasons are written only for the matches returned, so the preview should ask for a page
 * ({@link #match(MatchCriteria, int)}) rather than every match of a broad need. The database is read
 * once per call, besides the snapshot's check: whether the
 * organisations of the matches without a contact e-mail have an active user (users are not part of the
 * snapshot: adding one does not stamp the structure).
 *
 * <p>No access control here: the callers (the match preview for facilitators, the potential counter,
 * publishing) check who asks.
 */
@ApplicationScoped
public class Matcher {

    private static final String ORGANISATIONS_WITH_USERS = "select distinct u.organisation_id from app_user u"
            + " where u.active and u.organisation_id = any(?)";

    private final MatchingSnapshot snapshot;
    private final ReferenceCatalog catalog;
    private final Responsiveness responsiveness;
    private final DataSource dataSource;
    private volatile MatchReferences references;

    public Matcher(MatchingSnapshot snapshot, ReferenceCatalog catalog, Responsiveness responsiveness,
            DataSource dataSource) {
        this.snapshot = snapshot;
        this.catalog = catalog;
        this.responsiveness = responsiveness;
        this.dataSource = dataSource;
    }

    /** Every structure matching, best score first, then by name. */
    public List<Match> match(MatchCriteria criteria) {
        return match(criteria, Integer.MAX_VALUE);
    }

    /**
     * The first {@code limit} structures matching, best score first, then by name (then id): the
     * order in which they are solicited when a request caps how many.
     */
    public List<Match> match(MatchCriteria criteria, int limit) {
        MatchCriteria resolved = criteria.resolvedWith(references());
        MatchRanking.Ranking ranking = MatchRanking.rank(snapshot.candidatesInSectors(resolved.sectors()), resolved,
                responsiveness, limit);
        return matches(ranking, reachable(ranking.matches().stream().map(MatchRanking.Ranked::structure).toList()));
    }

    /** How many structures match, how many of them are reachable, and their average revenue: no score, no reasons. */
    public MatchCount count(MatchCriteria criteria) {
        List<Candidate> matching = structures(find(criteria));
        return countOf(matching, reachable(matching));
    }

    /**
     * The count and the first {@code limit} matches together (the match preview), from one pass of
     * the rule and one look-up of the users: what {@link #count} and {@link #match(MatchCriteria, int)}
     * would answer one after the other.
     */
    public MatchPreviewResult preview(MatchCriteria criteria, int limit) {
        List<MatchRanking.Found> found = find(criteria);
        List<Candidate> matching = structures(found);
        Set<UUID> reachable = reachable(matching);
        MatchRanking.Ranking ranking = MatchRanking.rank(found, criteria.resolvedWith(references()), responsiveness,
                limit);
        return new MatchPreviewResult(countOf(matching, reachable), matches(ranking, reachable));
    }

    /** A count and a page of matches. */
    public record MatchPreviewResult(MatchCount count, List<Match> matches) {
    }

    private List<MatchRanking.Found> find(MatchCriteria criteria) {
        MatchCriteria resolved = criteria.resolvedWith(references());
        return MatchRanking.find(snapshot.candidatesInSectors(resolved.sectors()), resolved);
    }

    private static List<Candidate> structures(List<MatchRanking.Found> found) {
        return found.stream().map(MatchRanking.Found::structure).toList();
    }

    private List<Match> matches(MatchRanking.Ranking ranking, Set<UUID> reachable) {
        List<Match> matches = new ArrayList<>(ranking.matches().size());
        for (MatchRanking.Ranked match : ranking.matches()) {
            Candidate structure = match.structure();
            Double distance = match.result().distanceKm();
            matches.add(new Match(structure.id(), structure.name(), structure.kind(), match.score(),
                    ranking.reasons(match, references()),
                    distance == null ? null : Math.round(distance * 10) / 10.0, reachable.contains(structure.id())));
        }
        return matches;
    }

    private static MatchCount countOf(List<Candidate> matching, Set<UUID> reachable) {
        if (matching.isEmpty()) {
            return MatchCount.NONE;
        }
        long revenues = 0;
        int withRevenue = 0;
        for (Candidate structure : matching) {
            if (structure.annualRevenue() != null) {
                revenues += structure.annualRevenue();
                withRevenue++;
            }
        }
        int reachableMatches = (int) matching.stream().filter(structure -> reachable.contains(structure.id())).count();
        return new MatchCount(matching.size(), reachableMatches,
                withRevenue == 0 ? null : Math.round((double) revenues / withRevenue));
    }

    /** The ids of those with a contact e-mail or an active user in their organisation. */
    private Set<UUID> reachable(Collection<Candidate> structures) {
        Set<UUID> reachable = new HashSet<>();
        Set<UUID> organisations = new HashSet<>();
        for (Candidate structure : structures) {
            if (structure.withEmail()) {
                reachable.add(structure.id());
            } else {
                organisations.add(structure.organisationId());
            }
        }
        if (organisations.isEmpty()) {
            return reachable;
        }
        Set<UUID> withUsers = organisationsWithUsers(organisations);
        structures.stream().filter(s -> withUsers.contains(s.organisationId())).forEach(s -> reachable.add(s.id()));
        return reachable;
    }

    private Set<UUID> organisationsWithUsers(Set<UUID> organisations) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(ORGANISATIONS_WITH_USERS)) {
            statement.setArray(1, connection.createArrayOf("uuid", organisations.toArray()));
            Set<UUID> withUsers = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    withUsers.add(rows.getObject(1, UUID.class));
                }
            }
            return withUsers;
        } catch (SQLException e) {
            throw new IllegalStateException("The users of the matching structures could not be read", e);
        }
    }

    /** Built at the first match: the communes are in memory only once the application has started. */
    private MatchReferences references() {
        MatchReferences built = references;
        if (built == null) {
            built = MatchReferences.of(catalog);
            references = built;
        }
        return built;
    }
}
