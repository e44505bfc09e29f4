package fr.relanceiae.testing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.relanceiae.account.AppUser;
import fr.relanceiae.account.Organisation;
import fr.relanceiae.account.OrganisationKind;
import fr.relanceiae.account.PasswordToken;
import fr.relanceiae.account.Passwords;
import fr.relanceiae.account.Role;
import fr.relanceiae.account.SecretTokens;
import fr.relanceiae.account.signup.SignUpFixtures;
import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.directory.claims.ClaimMethod;
import fr.relanceiae.directory.claims.StructureClaim;
import fr.relanceiae.directory.profile.Structure;
import fr.relanceiae.testing.ApiExamples.Caller;
import fr.relanceiae.testing.ApiExamples.Example;
import fr.relanceiae.testing.ApiExamples.Probe;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The examples of sign-up, e-mail verification, organisations to verify and structure claims (issue
 * 13), kept apart from {@link ApiExamples}: every write acts on fresh fixtures written directly (an
 * account waiting for its e-mail with a known link, a pending claim, an organisation to verify).
 */
public final class SignUpExamples {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiExamples api;
    private String claimedSiret;

    SignUpExamples(ApiExamples api) {
        this.api = api;
    }

    void define(BiConsumer<String, Function<Caller, Example>> add) {
        String signUp = "/api/v1/sign-up";
        add.accept("signUpBuyer", caller -> plain(json(ApiRequest.of("signUpBuyer", "POST", signUp + "/buyer"),
                SignUpFixtures.buyer(TestAccounts.uniqueEmail("inscrit"), "Commune " + UUID.randomUUID()))));
        add.accept("signUpStructure", caller -> plain(json(ApiRequest.of("signUpStructure", "POST", signUp + "/structure"),
                SignUpFixtures.structure(TestAccounts.uniqueEmail("structure"), claimedSiret()))));
        add.accept("verifyEmail", caller -> plain(json(ApiRequest.of("verifyEmail", "POST", signUp + "/verification"),
                Map.of("token", accountWaitingForVerification()))));
        add.accept("resendVerification", caller -> plain(json(ApiRequest.of("resendVerification", "POST",
                signUp + "/verification/resend"), Map.of("email", TestAccounts.uniqueEmail("renvoi")))));
        String claims = "/api/v1/structure-claims";
        add.accept("confirmStructureClaim", caller -> {
            String token = SecretTokens.generate();
            pendingClaim(token);
            return plain(json(ApiRequest.of("confirmStructureClaim", "POST", claims + "/confirmation"),
                    Map.of("token", token)));
        });
        add.accept("listStructureClaims", caller -> plain(ApiRequest.of("listStructureClaims", "GET", claims)
                .queryParam("status", "PENDING").queryParam("size", 5)));
        add.accept("acceptStructureClaim", caller -> {
            UUID id = pendingClaim(null);
            return new Example(ApiRequest.of("acceptStructureClaim", "POST", claims + "/{id}/acceptance")
                    .pathParam("id", id), row("structure_claim", id));
        });
        add.accept("refuseStructureClaim", caller -> {
            UUID id = pendingClaim(null);
            return new Example(json(ApiRequest.of("refuseStructureClaim", "POST", claims + "/{id}/refusal")
                    .pathParam("id", id), Map.of("reason", "Aucun lien trouvé avec cette structure.")),
                    row("structure_claim", id));
        });
        String organisations = "/api/v1/organisations";
        add.accept("listOrganisationsToVerify", caller -> plain(ApiRequest.of("listOrganisationsToVerify", "GET",
                organisations + "/to-verify").queryParam("size", 5)));
        add.accept("confirmOrganisation", caller -> {
            UUID id = organisationToVerify();
            return new Example(ApiRequest.of("confirmOrganisation", "POST", organisations + "/{id}/verification")
                    .pathParam("id", id), row("organisation", id));
        });
        add.accept("mergeOrganisation", caller -> {
            UUID id = organisationToVerify();
            return new Example(json(ApiRequest.of("mergeOrganisation", "POST", organisations + "/{id}/merge")
                    .pathParam("id", id), Map.of("targetOrganisationId", api.buyerOrganisationId.toString())),
                    row("organisation", id));
        });
    }

    /** A structure of the directory (with a contact e-mail) that sign-ups claim. */
    private String claimedSiret() {
        if (claimedSiret == null) {
            Map<String, Object> profile = DirectoryFixtures.profile("Structure revendiquée " + DirectoryFixtures.word());
            DirectoryFixtures.create(profile);
            claimedSiret = (String) profile.get("siret");
        }
        return claimedSiret;
    }

    /** An account created by sign-up whose e-mail is not verified yet; answers the value of its link. */
    private static String accountWaitingForVerification() {
        String value = SecretTokens.generate();
        QuarkusTransaction.requiringNew().run(() -> {
            Organisation organisation = unverifiedOrganisation();
            AppUser user = waitingUser(organisation, Role.buyer);
            PasswordToken token = new PasswordToken();
            token.id = UUID.randomUUID();
            token.tokenHash = SecretTokens.hash(value);
            token.user = user;
            token.purpose = PasswordToken.Purpose.EMAIL_VERIFICATION;
            token.createdAt = Instant.now();
            token.expiresAt = token.createdAt.plus(1, ChronoUnit.DAYS);
            token.persist();
        });
        return value;
    }

    /**
     * A pending claim of a fresh structure by a person in an organisation of their own: by the contact
     * e-mail when a link value is given, otherwise in the facilitators' queue.
     */
    private static UUID pendingClaim(String linkValue) {
        UUID structureId = DirectoryFixtures.create(DirectoryFixtures.profile("Structure demandée " + DirectoryFixtures.word()));
        return QuarkusTransaction.requiringNew().call(() -> {
            Organisation own = Organisation.create("Inscription " + UUID.randomUUID(), OrganisationKind.SIAE, true);
            own.persist();
            StructureClaim claim = new StructureClaim();
            claim.id = UUID.randomUUID();
            claim.user = waitingUser(own, Role.siae);
            claim.structure = Structure.findById(structureId);
            claim.method = linkValue == null ? ClaimMethod.QUEUE : ClaimMethod.CONTACT_EMAIL;
            if (linkValue != null) {
                claim.tokenHash = SecretTokens.hash(linkValue);
                claim.tokenExpiresAt = Instant.now().plus(7, ChronoUnit.DAYS);
            }
            claim.persist();
            return claim.id;
        });
    }

    private static UUID organisationToVerify() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Organisation organisation = unverifiedOrganisation();
            waitingUser(organisation, Role.buyer);
            return organisation.id;
        });
    }

    private static Organisation unverifiedOrganisation() {
        Organisation organisation = Organisation.create("Inscrite " + UUID.randomUUID(), OrganisationKind.PUBLIC_BUYER, true);
        organisation.verified = false;
        organisation.persist();
        return organisation;
    }

    private static AppUser waitingUser(Organisation organisation, Role role) {
        AppUser user = new AppUser();
        user.id = UUID.randomUUID();
        user.email = TestAccounts.uniqueEmail("attente");
        user.displayName = "Personne inscrite";
        user.role = role;
        user.organisation = organisation;
        user.active = false;
        user.emailVerified = false;
        user.passwordHash = Passwords.hash(SignUpFixtures.PASSWORD);
        user.persist();
        return user;
    }

    private static Example plain(ApiRequest request) {
        return new Example(request, null);
    }

    private static Probe row(String table, UUID id) {
        return new Probe("select row_to_json(t)::text from " + table + " t where id = ?", id);
    }

    private static ApiRequest json(ApiRequest request, Object body) {
        try {
            return request.body("application/json", JSON.writeValueAsString(new HashMap<>((Map<?, ?>) body)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
