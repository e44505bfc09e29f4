package fr.relanceiae.sourcing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.event.Event;

import fr.relanceiae.account.AppUser;
import fr.relanceiae.account.Organisation;
import fr.relanceiae.account.OrganisationKind;
import fr.relanceiae.account.Passwords;
import fr.relanceiae.account.Role;
import fr.relanceiae.account.SecretTokens;
import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.directory.profile.Structure;
import fr.relanceiae.sourcing.request.SourcingAttachment;
import fr.relanceiae.sourcing.request.SourcingRequest;
import fr.relanceiae.sourcing.request.SourcingRequestEvent;
import fr.relanceiae.sourcing.solicitation.Solicitation;
import fr.relanceiae.sourcing.solicitation.SolicitationDeadlines;
import fr.relanceiae.sourcing.solicitation.SolicitationOrigin;
import fr.relanceiae.sourcing.solicitation.SolicitationStatus;
import fr.relanceiae.testing.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Sourcing requests written directly with the entities (the request endpoints are built
 * elsewhere), published with the event the lifecycle fires, and solicitations with a known
 * personal link, for the solicitation tests and the API examples.
 */
public final class PublishedRequests {

    /** A solicitation and the token of a personal link to it. */
    public record Solicited(UUID id, String token) {
    }

    /** A structure and the e-mail it is reached at (its user's, its contact's, or none). */
    public record TestStructure(UUID id, UUID organisationId, String email) {
    }

    private PublishedRequests() {
    }

    public static UUID buyerOrganisation() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Organisation organisation = Organisation.create("Acheteur " + UUID.randomUUID(), OrganisationKind.PUBLIC_BUYER,
                    true);
            organisation.persist();
            return organisation.id;
        });
    }

    /** An active user of this organisation; returns its e-mail. */
    public static String user(UUID organisationId, Role role) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AppUser user = new AppUser();
            user.id = UUID.randomUUID();
            user.email = TestAccounts.uniqueEmail(role.name());
            user.displayName = "Personne " + DirectoryFixtures.word();
            user.role = role;
            user.organisation = Organisation.findById(organisationId);
            user.passwordHash = Passwords.hash(TestAccounts.PASSWORD);
            user.persist();
            return user.email;
        });
    }

    /**
     * A structure of the directory (made by a facilitator through the API) with its own contact
     * e-mail or none, and a user in its organisation or none.
     */
    public static TestStructure structure(boolean withContactEmail, boolean withUser) {
        UUID id = DirectoryFixtures.create(DirectoryFixtures.profile("Sollicitée " + DirectoryFixtures.word()));
        String contact = withContactEmail ? TestAccounts.uniqueEmail("contact") : null;
        UUID organisationId = QuarkusTransaction.requiringNew().call(() -> {
            Structure structure = Structure.findById(id);
            structure.email = contact;
            structure.phone = "01 23 45 67 89";
            return structure.organisation.id;
        });
        String email = withUser ? user(organisationId, Role.siae) : contact;
        return new TestStructure(id, organisationId, email);
    }

    /** A request in draft, ready to publish. */
    public static UUID draft(UUID buyerOrganisationId, LocalDate deadline, List<UUID> targets, List<UUID> excluded,
            Integer maxSolicitations) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SourcingRequest request = new SourcingRequest();
            request.id = UUID.randomUUID();
            request.title = "Entretien des espaces verts " + DirectoryFixtures.word();
            request.description = "Tonte et taille des haies de trois parcs, de mars à octobre.";
            request.channel = SourcingChannel.QUOTE;
            request.status = SourcingStatus.SUBMITTED;
            request.buyerOrganisationId = buyerOrganisationId;
            request.authorClientId = "fixture";
            request.sectors = new String[] { "creation-et-entretien-des-espaces-verts" };
            request.prestaTypes = new String[] { "SERVICE" };
            request.departments = new String[] { "93", "75" };
            request.responseDeadline = deadline;
            request.startDate = deadline == null ? null : deadline.plusDays(30);
            request.targetStructureIds = targets.toArray(UUID[]::new);
            request.excludedStructureIds = excluded.toArray(UUID[]::new);
            request.maxSolicitations = maxSolicitations;
            request.persist();
            return request.id;
        });
    }

    /** Publishes a request as its lifecycle does: status, then the event, in one transaction. */
    public static void publish(UUID requestId, Event<SourcingRequestEvent> events) {
        QuarkusTransaction.requiringNew().run(() -> {
            SourcingRequest request = SourcingRequest.findById(requestId);
            request.status = SourcingStatus.PUBLISHED;
            request.publishedAt = Instant.now();
            events.fire(new SourcingRequestEvent.Published(requestId));
        });
    }

    /** A published request with no solicitation yet. */
    public static UUID published(UUID buyerOrganisationId, LocalDate deadline) {
        UUID id = draft(buyerOrganisationId, deadline, List.of(), List.of(), null);
        QuarkusTransaction.requiringNew().run(() -> {
            SourcingRequest request = SourcingRequest.findById(id);
            request.status = SourcingStatus.PUBLISHED;
            request.publishedAt = Instant.now();
        });
        return id;
    }

    /** A deadline this many days from today, Paris time. */
    public static LocalDate inDays(int days) {
        return SolicitationDeadlines.today(Instant.now()).plusDays(days);
    }

    /** A solicitation written directly (sent at that time), with a personal link. */
    public static Solicited solicit(UUID requestId, UUID structureId, Instant sentAt) {
        String token = SecretTokens.generate();
        UUID id = QuarkusTransaction.requiringNew().call(() -> {
            SourcingRequest request = SourcingRequest.findById(requestId);
            Solicitation solicitation = new Solicitation();
            solicitation.id = UUID.randomUUID();
            solicitation.requestId = requestId;
            solicitation.structureId = structureId;
            solicitation.origin = SolicitationOrigin.MATCHED;
            solicitation.status = SolicitationStatus.SENT;
            solicitation.score = 70;
            solicitation.reasons = new String[] { "Secteur : Création et entretien des espaces verts" };
            solicitation.sentAt = sentAt;
            solicitation.linkExpiresAt = SolicitationDeadlines.linkExpiry(request.responseDeadline, sentAt);
            solicitation.persist();
            Solicitation.getEntityManager().createNativeQuery(
                    "insert into solicitation_link (token_hash, solicitation_id, created_at) values (?1, ?2, now())")
                    .setParameter(1, HexFormat.of().parseHex(SecretTokens.hash(token)))
                    .setParameter(2, solicitation.id).executeUpdate();
            return solicitation.id;
        });
        return new Solicited(id, token);
    }

    public static Solicited solicit(UUID requestId, UUID structureId) {
        return solicit(requestId, structureId, Instant.now());
    }

    /** A small PDF joined to the request. */
    public static UUID attachment(UUID requestId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SourcingAttachment attachment = new SourcingAttachment();
            attachment.id = UUID.randomUUID();
            attachment.requestId = requestId;
            attachment.fileName = "cahier des charges.pdf";
            attachment.contentType = "application/pdf";
            attachment.content = "%PDF-1.4\n%fixture\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            attachment.sizeBytes = attachment.content.length;
            attachment.persist();
            return attachment.id;
        });
    }
}
