package fr.relanceiae.barometer.survey;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import fr.relanceiae.account.SecretTokens;
import fr.relanceiae.barometer.indicators.IsoWeek;
import fr.relanceiae.shared.persistence.NativeValues;

/**
 * The personal links of the weekly survey: one per e-mail, each a random token of 256 bits
 * ({@link SecretTokens}) of which only the SHA-256 is kept ({@code survey_link}, V27). A link opens
 * one structure's survey of one week, until the end of the following week (Paris time): late
 * answers are still welcome, but a link does not live on for months in a mailbox.
 */
@ApplicationScoped
public class SurveyLinks {

    /** What a valid token opens. */
    public record SurveyLink(UUID structureId, IsoWeek week, Instant expiresAt) {
    }

    private final EntityManager entityManager;

    public SurveyLinks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** When the links of a week stop working: the end of the following week. */
    public static Instant expiry(IsoWeek week) {
        return week.next().end();
    }

    /** New links for these structures' surveys of that week, in one statement; the tokens in the same order. */
    public List<String> create(List<UUID> structureIds, IsoWeek week, Instant now) {
        List<String> tokens = structureIds.stream().map(id -> SecretTokens.generate()).toList();
        store(structureIds, tokens, week, now);
        return tokens;
    }

    /** Stores tokens chosen by the caller (the demo's), or new ones ({@link #create}). */
    void store(List<UUID> structureIds, List<String> tokens, IsoWeek week, Instant now) {
        if (structureIds.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("insert into survey_link (token_hash, structure_id, week, created_at, expires_at) "
                + "select decode(link.hash, 'hex'), link.structure, :week, :now, :expires "
                + "from unnest(cast(:hashes as text[]), cast(:structures as uuid[])) as link(hash, structure) "
                + "on conflict (token_hash) do nothing")
                .setParameter("hashes", arrayLiteral(tokens.stream().map(SecretTokens::hash).toList()))
                .setParameter("structures", arrayLiteral(structureIds.stream().map(UUID::toString).toList()))
                .setParameter("week", week.toString()).setParameter("now", now)
                .setParameter("expires", expiry(week)).executeUpdate();
    }

    /** The structure and week a token opens: known and not expired. */
    public Optional<SurveyLink> find(String token, Instant now) {
        if (token == null || token.isEmpty() || token.length() > SurveyLinkResource.MAX_TOKEN) {
            return Optional.empty();
        }
        List<Object[]> found = entityManager.createNativeQuery("select structure_id, week, expires_at from survey_link "
                + "where token_hash = :hash and expires_at > :now", Object[].class)
                .setParameter("hash", HexFormat.of().parseHex(SecretTokens.hash(token))).setParameter("now", now)
                .getResultList();
        return found.stream().findFirst().map(row -> new SurveyLink((UUID) row[0], IsoWeek.parse((String) row[1]),
                NativeValues.instant(row[2])));
    }

    /** {@code {a,b}}: values without commas, quotes or braces (hex, uuids, codes), as a PostgreSQL array. */
    static String arrayLiteral(List<String> values) {
        return "{" + String.join(",", values) + "}";
    }
}
