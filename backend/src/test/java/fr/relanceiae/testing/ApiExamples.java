package fr.relanceiae.testing;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.relanceiae.account.AppUser;
import fr.relanceiae.account.Organisation;
import fr.relanceiae.account.OrganisationKind;
import fr.relanceiae.account.Passwords;
import fr.relanceiae.account.Role;
import fr.relanceiae.barometer.indicators.IsoWeek;
import fr.relanceiae.barometer.survey.SurveyFixtures;
import fr.relanceiae.barometer.survey.SurveyLinks;
import fr.relanceiae.demo.DemoAccounts;
import fr.relanceiae.directory.DirectoryFixtures;
import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.sourcing.SourcingChannel;
import fr.relanceiae.sourcing.SourcingStatus;
import fr.relanceiae.sourcing.contract.OngoingContract;
import fr.relanceiae.sourcing.request.SourcingAttachment;
import fr.relanceiae.sourcing.request.SourcingRequest;
import fr.relanceiae.sourcing.PublishedRequests;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;

/**
 * A valid request for every operation of the API, on real fixtures (an owned
 * structure with an activity and an offer, a deactivated one, an import job,
 * accounts of every role), and the tokens of the callers the access matrix
 * knows. Requests that consume what they act on (a DELETE, a PUT checked by
 * ETag) make fresh fixtures each time, so any caller may be tried in any order.
 */
public final class ApiExamples {

    /** Who calls: the columns of the access matrix. */
    public enum Caller {
        NONE, BUYER, SIAE_OWNER, SIAE_OTHER, FACILITATOR, ADMIN, PARTNER_WITH_SCOPE, PARTNER_WITHOUT_SCOPE
    }

    /** The closed list of partner scopes (issue 8, point 5). */
    public static final List<String> SCOPES = List.of("directory:read", "sourcing:write", "sourcing:read",
            "supplies:read", "indicators:read");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CSV = "text/csv";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** A valid request, and the database state a refused one must leave as it was. */
    public record Example(ApiRequest request, Probe probe) {
    }

    /** A query whose single text answer must not change when a write is refused. */
    public record Probe(String sql, Object parameter) {
    }

    public final UUID ownerOrganisationId;
    public final UUID structureId;
    public final String structureSiret;
    public final UUID deactivatedStructureId;
    public final String deactivatedSiret;
    public final UUID importJobId;
    /** A sourcing request the partner wrote for the buyer, soliciting the owner's structure, with a file. */
    public final UUID sourcingRequestId;
    public final UUID sourcingAttachmentId;
    public final UUID partnerOrganisationId;
    public final UUID buyerOrganisationId;
    /** A published request of the buyer's organisation soliciting {@link #structureId}, with a file. */
    public final UUID publishedRequestId;
    public final PublishedRequests.Solicited solicitation;
    public final UUID publishedAttachmentId;
    private final Map<Caller, TestAccounts.TestUser> people = new EnumMap<>(Caller.class);
    private final Map<Caller, String> peopleTokens = new EnumMap<>(Caller.class);
    private final String staffToken;
    private final String adminToken;
    private final Map<String, Function<Caller, Example>> examples = new LinkedHashMap<>();

    public ApiExamples() {
        ownerOrganisationId = organisation(OrganisationKind.SIAE);
        partnerOrganisationId = organisation(OrganisationKind.PARTNER);
        buyerOrganisationId = organisation(OrganisationKind.PUBLIC_BUYER);
        people.put(Caller.BUYER, person(Role.buyer, buyerOrganisationId));
        people.put(Caller.SIAE_OWNER, person(Role.siae, ownerOrganisationId));
        people.put(Caller.SIAE_OTHER, person(Role.siae, organisation(OrganisationKind.SIAE)));
        people.put(Caller.FACILITATOR, person(Role.facilitator, organisation(OrganisationKind.NETWORK)));
        people.put(Caller.ADMIN, person(Role.admin, organisation(OrganisationKind.PLATFORM)));
        people.forEach((caller, user) -> peopleTokens.put(caller, tokenOf(caller, user)));
        staffToken = peopleTokens.get(Caller.FACILITATOR);
        adminToken = peopleTokens.get(Caller.ADMIN);

        structureId = newStructure();
        structureSiret = given().auth().oauth2(staffToken).when().get("/api/v1/structures/" + structureId)
                .then().statusCode(200).extract().path("siret");
        newActivity(structureId);
        newOffer(structureId);
        deactivatedStructureId = newStructure();
        Map<String, Object> deactivated = DirectoryFixtures.profile("Structure désactivée " + DirectoryFixtures.word());
        deactivatedSiret = (String) deactivated.get("siret");
        deactivated.put("active", false);
        DirectoryFixtures.as(staffToken).header("If-Match", "\"0\"").body(deactivated)
                .when().put("/api/v1/structures/" + deactivatedStructureId).then().statusCode(200);
        importJobId = UUID.fromString(given().auth().oauth2(staffToken).contentType(CSV).body(csv())
                .when().post("/api/v1/structure-imports").then().statusCode(202).extract().path("id"));
        awaitImportDone(staffToken);
        sourcingRequestId = newSourcingRequest("DRAFT");
        sourcingAttachmentId = newSourcingAttachment(sourcingRequestId);
        solicit(sourcingRequestId, structureId);
        publishedRequestId = PublishedRequests.published(buyerOrganisationId, PublishedRequests.inDays(30));
        solicitation = PublishedRequests.solicit(publishedRequestId, structureId);
        publishedAttachmentId = PublishedRequests.attachment(publishedRequestId);
        define();
    }

    /** The token of this caller; a partner's scopes depend on the operation's required scope (null: none). */
    public String token(Caller caller, String requiredScope) {
        return switch (caller) {
            case NONE -> null;
            case PARTNER_WITH_SCOPE -> partnerToken(SCOPES);
            case PARTNER_WITHOUT_SCOPE -> partnerToken(SCOPES.stream().filter(scope -> !scope.equals(requiredScope)).toList());
            default -> peopleTokens.get(caller);
        };
    }

    public TestAccounts.TestUser person(Caller caller) {
        return people.get(caller);
    }

    public Set<String> operationIds() {
        return examples.keySet();
    }

    /** A valid request of this operation for this caller (fresh fixtures when it consumes them). */
    public Example example(String operationId, Caller caller) {
        Function<Caller, Example> example = examples.get(operationId);
        if (example == null) {
            throw new IllegalArgumentException("No example of " + operationId);
        }
        return example.apply(caller);
    }

    private String partnerToken(List<String> scopes) {
        return TestTokens.claims(Roles.PARTNER).subject(DemoAccounts.CLIENT_ID)
                .claim("org", partnerOrganisationId.toString())
                .claim("scope", String.join(" ", scopes)).sign();
    }

    private void define() {
        String directory = "/api/v1/";
        // Accounts
        add("login", caller -> {
            TestAccounts.TestUser user = TestAccounts.user(Role.buyer);
            return plain(json(ApiRequest.of("login", "POST", "/api/v1/auth/login"),
                    Map.of("email", user.email(), "password", user.password())));
        });
        add("logout", caller -> plain(ApiRequest.of("logout", "POST", "/api/v1/auth/logout")));
        add("refreshSession", caller -> plain(ApiRequest.of("refreshSession", "POST", "/api/v1/auth/refresh")
                .header("Cookie", "relance_refresh=" + refreshCookie())));
        add("requestPasswordReset", caller -> plain(json(ApiRequest.of("requestPasswordReset", "POST",
                "/api/v1/auth/password-reset-requests"), Map.of("email", TestAccounts.uniqueEmail("oubli")))));
        add("resetPassword", caller -> plain(json(ApiRequest.of("resetPassword", "POST", "/api/v1/auth/password-resets"),
                Map.of("token", "un-lien-inconnu", "password", TestAccounts.PASSWORD))));
        add("checkPasswordToken", caller -> plain(json(ApiRequest.of("checkPasswordToken", "POST",
                "/api/v1/auth/password-token-checks"), Map.of("token", "un-lien-inconnu"))));
        add("issueClientToken", caller -> plain(ApiRequest.of("issueClientToken", "POST", "/api/v1/auth/token")
                .body("application/x-www-form-urlencoded", "grant_type=client_credentials&client_id="
                        + DemoAccounts.CLIENT_ID + "&client_secret=" + DemoAccounts.CLIENT_SECRET)));
        add("getCurrentUser", caller -> plain(ApiRequest.of("getCurrentUser", "GET", "/api/v1/me")));
        add("changePassword", caller -> {
            TestAccounts.TestUser user = people.get(caller);
            Probe probe = user == null ? new Probe("select count(*) from app_user", null)
                    : new Probe("select password_hash from app_user where id = ?", user.id());
            return new Example(json(ApiRequest.of("changePassword", "PUT", "/api/v1/me/password"),
                    Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", TestAccounts.PASSWORD)), probe);
        });
        add("listMyStructures", caller -> plain(ApiRequest.of("listMyStructures", "GET", "/api/v1/me/structures")));
        // Administration
        for (String list : List.of("listOrganisations:organisations", "listUsers:users", "listPartnerClients:partner-clients")) {
            String[] parts = list.split(":");
            add(parts[0], caller -> plain(ApiRequest.of(parts[0], "GET", "/api/v1/admin/" + parts[1])
                    .queryParam("page", 0).queryParam("size", 5)));
        }
        add("createOrganisation", caller -> {
            String name = "Organisation " + UUID.randomUUID();
            return new Example(json(ApiRequest.of("createOrganisation", "POST", "/api/v1/admin/organisations"),
                    Map.of("name", name, "kind", "PUBLIC_BUYER")),
                    new Probe("select count(*) from organisation where name = ?", name));
        });
        add("updateOrganisation", caller -> {
            UUID id = organisation(OrganisationKind.PUBLIC_BUYER);
            return new Example(json(ApiRequest.of("updateOrganisation", "PUT", "/api/v1/admin/organisations/{id}")
                    .pathParam("id", id).header("If-Match", "\"0\""),
                    Map.of("name", "Renommée " + UUID.randomUUID(), "kind", "PRIVATE_BUYER", "active", true)),
                    row("organisation", id));
        });
        add("createUser", caller -> {
            String email = TestAccounts.uniqueEmail("invite");
            return new Example(json(ApiRequest.of("createUser", "POST", "/api/v1/admin/users"),
                    Map.of("email", email, "displayName", "Personne invitée", "role", "buyer",
                            "organisationId", buyerOrganisationId.toString())),
                    new Probe("select count(*) from app_user where email = ?", email));
        });
        add("updateUser", caller -> {
            TestAccounts.TestUser user = TestAccounts.user(Role.buyer);
            return new Example(json(ApiRequest.of("updateUser", "PUT", "/api/v1/admin/users/{id}")
                    .pathParam("id", user.id()).header("If-Match", "\"0\""),
                    Map.of("email", user.email(), "displayName", "Nom changé", "role", "buyer",
                            "organisationId", user.organisationId().toString(), "active", true)),
                    row("app_user", user.id()));
        });
        add("resendInvitation", caller -> {
            UUID id = invitedUser();
            return new Example(ApiRequest.of("resendInvitation", "POST", "/api/v1/admin/users/{id}/invitation")
                    .pathParam("id", id), new Probe("select count(*) from password_token where user_id = ?", id));
        });
        add("createPartnerClient", caller -> {
            String clientId = clientId();
            return new Example(json(ApiRequest.of("createPartnerClient", "POST", "/api/v1/admin/partner-clients"),
                    partnerClient(clientId)), new Probe("select count(*) from partner_client where client_id = ?", clientId));
        });
        add("updatePartnerClient", caller -> {
            String clientId = clientId();
            UUID id = newPartnerClient(clientId);
            Map<String, Object> body = new LinkedHashMap<>(partnerClient(clientId));
            body.put("name", "Client renommé");
            return new Example(json(ApiRequest.of("updatePartnerClient", "PUT", "/api/v1/admin/partner-clients/{id}")
                    .pathParam("id", id).header("If-Match", "\"0\""), body), row("partner_client", id));
        });
        add("rotatePartnerClientSecret", caller -> {
            UUID id = newPartnerClient(clientId());
            return new Example(ApiRequest.of("rotatePartnerClientSecret", "POST", "/api/v1/admin/partner-clients/{id}/secret")
                    .pathParam("id", id), row("partner_client", id));
        });
        // Reference lists
        for (String list : List.of("listSectors:sectors", "listDepartments:departments", "listStructureKinds:structure-kinds",
                "listPrestaTypes:presta-types", "listStructureLabels:structure-labels", "listStructureNetworks:structure-networks")) {
            String[] parts = list.split(":");
            add(parts[0], caller -> plain(ApiRequest.of(parts[0], "GET", directory + parts[1])));
        }
        add("searchCommunes", caller -> plain(ApiRequest.of("searchCommunes", "GET", "/api/v1/communes").queryParam("q", "Montreuil")));
        // Directory
        add("searchStructures", caller -> plain(ApiRequest.of("searchStructures", "GET", "/api/v1/structures")
                .queryParam("q", "nettoyage").queryParam("department", "93").queryParam("size", 5)));
        add("exportStructures", caller -> plain(ApiRequest.of("exportStructures", "GET", "/api/v1/structures/export.csv")
                .queryParam("q", "nettoyage").queryParam("department", "93")));
        add("exportStructuresXlsx", caller -> plain(ApiRequest.of("exportStructuresXlsx", "GET",
                "/api/v1/structures/export.xlsx").queryParam("q", "nettoyage").queryParam("department", "93")
                .queryParam("layout", "import")));
        add("getStructure", caller -> plain(ApiRequest.of("getStructure", "GET", "/api/v1/structures/{id}").pathParam("id", structureId)));
        add("getStructureBySiret", caller -> plain(ApiRequest.of("getStructureBySiret", "GET", "/api/v1/structures/by-siret/{siret}")
                .pathParam("siret", structureSiret)));
        add("createStructure", caller -> {
            Map<String, Object> profile = DirectoryFixtures.profile("Créée " + DirectoryFixtures.word());
            profile.put("organisationId", ownerOrganisationId.toString());
            return new Example(json(ApiRequest.of("createStructure", "POST", "/api/v1/structures"), profile),
                    new Probe("select count(*) from structure where siret = ?", profile.get("siret")));
        });
        add("updateStructure", caller -> {
            UUID id = newStructure();
            Map<String, Object> profile = DirectoryFixtures.profile("Changée " + DirectoryFixtures.word());
            profile.put("siret", siretOf(id));
            return new Example(json(ApiRequest.of("updateStructure", "PUT", "/api/v1/structures/{id}")
                    .pathParam("id", id).header("If-Match", "\"0\""), profile), row("structure", id));
        });
        add("createActivity", caller -> {
            UUID id = newStructure();
            return new Example(json(ApiRequest.of("createActivity", "POST", "/api/v1/structures/{id}/activities").pathParam("id", id),
                    DirectoryFixtures.activity("plomberie", "DEPARTMENTS", List.of("93", "75"), null)),
                    new Probe("select count(*) from structure_activity where structure_id = ?", id));
        });
        add("updateActivity", caller -> {
            UUID id = newActivity(newStructure());
            return new Example(json(ApiRequest.of("updateActivity", "PUT", "/api/v1/activities/{id}").pathParam("id", id)
                    .header("If-Match", "\"0\""), DirectoryFixtures.activity("nettoyage-de-locaux", "RADIUS", null, 30)),
                    row("structure_activity", id));
        });
        add("deleteActivity", caller -> {
            UUID id = newActivity(newStructure());
            return new Example(ApiRequest.of("deleteActivity", "DELETE", "/api/v1/activities/{id}").pathParam("id", id)
                    .header("If-Match", "\"0\""), row("structure_activity", id));
        });
        add("createOffer", caller -> {
            UUID id = newStructure();
            return new Example(json(ApiRequest.of("createOffer", "POST", "/api/v1/structures/{id}/offers").pathParam("id", id),
                    DirectoryFixtures.offer("Entretien des bureaux")),
                    new Probe("select count(*) from offer where structure_id = ?", id));
        });
        add("updateOffer", caller -> {
            UUID id = newOffer(newStructure());
            return new Example(json(ApiRequest.of("updateOffer", "PUT", "/api/v1/offers/{id}").pathParam("id", id)
                    .header("If-Match", "\"0\""), DirectoryFixtures.offer("Entretien renouvelé")), row("offer", id));
        });
        add("deleteOffer", caller -> {
            UUID id = newOffer(newStructure());
            return new Example(ApiRequest.of("deleteOffer", "DELETE", "/api/v1/offers/{id}").pathParam("id", id)
                    .header("If-Match", "\"0\""), row("offer", id));
        });
        add("listStructureMembers", caller -> plain(ApiRequest.of("listStructureMembers", "GET", "/api/v1/structures/{id}/members")
                .pathParam("id", structureId)));
        add("addStructureMember", caller -> {
            String email = TestAccounts.uniqueEmail("membre");
            return new Example(json(ApiRequest.of("addStructureMember", "POST", "/api/v1/structures/{id}/members")
                    .pathParam("id", structureId), Map.of("email", email, "displayName", "Nouveau membre")),
                    new Probe("select count(*) from app_user where email = ?", email));
        });
        add("removeStructureMember", caller -> {
            UUID userId = newMember(structureId);
            return new Example(ApiRequest.of("removeStructureMember", "DELETE", "/api/v1/structures/{id}/members/{userId}")
                    .pathParam("id", structureId).pathParam("userId", userId), row("app_user", userId));
        });
        add("importStructures", caller -> {
            String siret = DirectoryFixtures.siret();
            return new Example(ApiRequest.of("importStructures", "POST", "/api/v1/structure-imports")
                    .body(CSV, "siret,name,kind,insertion_fte\n" + siret + ",Importée " + DirectoryFixtures.word() + ",ACI,3.5\n"),
                    new Probe("select count(*) from structure_import", null));
        });
        add("describeStructureImportFormat", caller -> plain(ApiRequest.of("describeStructureImportFormat", "GET",
                "/api/v1/structure-imports/format")));
        add("downloadStructureImportTemplate", caller -> plain(ApiRequest.of("downloadStructureImportTemplate", "GET",
                "/api/v1/structure-imports/template.csv")));
        add("getStructureImport", caller -> plain(ApiRequest.of("getStructureImport", "GET", "/api/v1/structure-imports/{id}")
                .pathParam("id", importJobId)));
        add("getStructureImportRejectedRows", caller -> plain(ApiRequest.of("getStructureImportRejectedRows", "GET",
                "/api/v1/structure-imports/{id}/rejected.csv").pathParam("id", importJobId)));
        add("getStructureImportWarnings", caller -> plain(ApiRequest.of("getStructureImportWarnings", "GET",
                "/api/v1/structure-imports/{id}/warnings.csv").pathParam("id", importJobId)));
        defineSourcing();
        defineSolicitations();
        defineSupplies();
        defineAllocationRuns();
        defineBarometer();
        defineBarometerIndicators();
        new FinancingExamples(this, staffToken, adminToken).define(this::add);
        new SignUpExamples(this).define(this::add);
    }

    private void defineBarometerIndicators() {
        String indicators = "/api/v1/indicators/activity";
        String week = IsoWeek.of(Instant.now()).toString();
        add("getActivityIndicators", caller -> plain(ApiRequest.of("getActivityIndicators", "GET", indicators)
                .queryParam("department", "93").queryParam("kind", "ACI")));
        add("exportActivityIndicators", caller -> plain(ApiRequest.of("exportActivityIndicators", "GET",
                indicators + "/export").queryParam("format", "xlsx").queryParam("department", "93")));
        add("listActivityCellSurveys", caller -> plain(ApiRequest.of("listActivityCellSurveys", "GET",
                indicators + "/structures").queryParam("week", week).queryParam("department", "93").queryParam("size", 5)));
        add("listActivityNonRespondents", caller -> plain(ApiRequest.of("listActivityNonRespondents", "GET",
                indicators + "/non-respondents").queryParam("week", week).queryParam("kind", "ACI").queryParam("size", 5)));
    }

    private void defineSourcing() {
        String requests = "/api/v1/sourcing-requests";
        add("createSourcingRequest", caller -> {
            Map<String, Object> body = sourcingRequest("Besoin " + UUID.randomUUID());
            return new Example(json(ApiRequest.of("createSourcingRequest", "POST", requests), body),
                    new Probe("select count(*) from sourcing_request where title = ?", body.get("title")));
        });
        add("listSourcingRequests", caller -> plain(ApiRequest.of("listSourcingRequests", "GET", requests)
                .queryParam("status", "DRAFT").queryParam("q", "besoin").queryParam("sort", "oldest").queryParam("size", 5)));
        add("listBuyerOrganisations", caller -> plain(ApiRequest.of("listBuyerOrganisations", "GET",
                "/api/v1/buyer-organisations").queryParam("q", "organisation").queryParam("size", 5)));
        add("getSourcingMatches", caller -> plain(ApiRequest.of("getSourcingMatches", "GET", requests + "/{id}/matches")
                .pathParam("id", sourcingRequestId).queryParam("limit", 10)));
        add("getSourcingPotential", caller -> {
            Map<String, Object> body = sourcingRequest("Potentiel " + UUID.randomUUID());
            return new Example(json(ApiRequest.of("getSourcingPotential", "POST", requests + "/potential"), body),
                    new Probe("select count(*) from sourcing_request where title = ?", body.get("title")));
        });
        add("getSourcingRequest", caller -> plain(ApiRequest.of("getSourcingRequest", "GET", requests + "/{id}")
                .pathParam("id", sourcingRequestId)));
        add("updateSourcingRequest", caller -> {
            UUID id = newSourcingRequest("DRAFT");
            return new Example(json(ApiRequest.of("updateSourcingRequest", "PUT", requests + "/{id}").pathParam("id", id)
                    .header("If-Match", "\"0\""), sourcingRequest("Besoin réécrit")), row("sourcing_request", id));
        });
        for (String[] transition : new String[][] { { "submitSourcingRequest", "submit", "DRAFT" },
            { "returnSourcingRequest", "return", "SUBMITTED" }, { "publishSourcingRequest", "publish", "SUBMITTED" },
            { "closeSourcingRequest", "close", "DRAFT" }, { "extendSourcingRequestDeadline", "deadline", "PUBLISHED" } }) {
            add(transition[0], caller -> {
                UUID id = newSourcingRequest(transition[2]);
                ApiRequest request = ApiRequest.of(transition[0], "POST", requests + "/{id}/" + transition[1]).pathParam("id", id);
                request = switch (transition[1]) {
                    case "return" -> json(request, Map.of("reason", "Précisez la surface."));
                    case "close" -> json(request, Map.of("outcome", "CANCELLED"));
                    case "deadline" -> json(request, Map.of("responseDeadline", LocalDate.now(PARIS).plusDays(30).toString()));
                    default -> request;
                };
                return new Example(request, row("sourcing_request", id));
            });
        }
        add("addSourcingAttachment", caller -> {
            UUID id = newSourcingRequest("DRAFT");
            return new Example(pdfUpload(ApiRequest.of("addSourcingAttachment", "POST", requests + "/{id}/attachments")
                    .pathParam("id", id)), new Probe("select count(*) from sourcing_attachment where request_id = ?", id));
        });
        add("getSourcingAttachment", caller -> plain(ApiRequest.of("getSourcingAttachment", "GET",
                requests + "/{id}/attachments/{attachmentId}").pathParam("id", sourcingRequestId)
                .pathParam("attachmentId", sourcingAttachmentId)));
        add("deleteSourcingAttachment", caller -> {
            UUID id = newSourcingRequest("DRAFT");
            UUID attachmentId = newSourcingAttachment(id);
            return new Example(ApiRequest.of("deleteSourcingAttachment", "DELETE", requests + "/{id}/attachments/{attachmentId}")
                    .pathParam("id", id).pathParam("attachmentId", attachmentId), row("sourcing_attachment", attachmentId));
        });
        String contracts = "/api/v1/ongoing-contracts";
        add("listOngoingContracts", caller -> plain(ApiRequest.of("listOngoingContracts", "GET", contracts)
                .queryParam("q", "marché").queryParam("size", 5)));
        add("getOngoingContract", caller -> plain(ApiRequest.of("getOngoingContract", "GET", contracts + "/{id}")
                .pathParam("id", newOngoingContract())));
        add("createOngoingContract", caller -> {
            Map<String, Object> body = ongoingContract("Marché " + UUID.randomUUID());
            return new Example(json(ApiRequest.of("createOngoingContract", "POST", contracts), body),
                    new Probe("select count(*) from ongoing_contract where title = ?", body.get("title")));
        });
        add("updateOngoingContract", caller -> {
            UUID id = newOngoingContract();
            return new Example(json(ApiRequest.of("updateOngoingContract", "PUT", contracts + "/{id}").pathParam("id", id)
                    .header("If-Match", "\"0\""), ongoingContract("Marché renommé")), row("ongoing_contract", id));
        });
    }

    private void defineSupplies() {
        String products = "/api/v1/products";
        UUID productId = newProduct();
        add("listProducts", caller -> plain(ApiRequest.of("listProducts", "GET", products)
                .queryParam("includeInactive", true)));
        add("getProduct", caller -> plain(ApiRequest.of("getProduct", "GET", products + "/{id}").pathParam("id", productId)));
        add("createProduct", caller -> {
            Map<String, Object> body = product("SKU-" + DirectoryFixtures.word());
            return new Example(json(ApiRequest.of("createProduct", "POST", products), body),
                    new Probe("select count(*) from product where sku = ?", body.get("sku")));
        });
        add("updateProduct", caller -> {
            UUID id = newProduct();
            return new Example(json(ApiRequest.of("updateProduct", "PUT", products + "/{id}").pathParam("id", id)
                    .header("If-Match", "\"0\""), product("SKU-" + DirectoryFixtures.word())), row("product", id));
        });
        add("receiveStock", caller -> new Example(json(ApiRequest.of("receiveStock", "POST", products + "/{id}/receipts")
                .pathParam("id", productId), Map.of("quantity", 100, "source", "Don de la Région")), stockOf(productId)));
        add("adjustStock", caller -> new Example(json(ApiRequest.of("adjustStock", "POST", products + "/{id}/adjustments")
                .pathParam("id", productId), Map.of("quantity", -1, "comment", "Boîte abîmée")), stockOf(productId)));
        add("listStockMovements", caller -> plain(ApiRequest.of("listStockMovements", "GET", products + "/{id}/movements")
                .pathParam("id", productId).queryParam("size", 5)));

        String orders = "/api/v1/supply-orders";
        add("createSupplyOrder", caller -> {
            String comment = "Commande " + UUID.randomUUID();
            return new Example(json(ApiRequest.of("createSupplyOrder", "POST", orders), supplyOrder(productId, comment)),
                    new Probe("select count(*) from supply_order where comment = ?", comment));
        });
        add("listSupplyOrders", caller -> plain(ApiRequest.of("listSupplyOrders", "GET", orders)
                .queryParam("status", "DRAFT").queryParam("status", "RESERVED").queryParam("sort", "oldest")
                .queryParam("size", 5)));
        add("getSupplyOrder", caller -> plain(ApiRequest.of("getSupplyOrder", "GET", orders + "/{id}")
                .pathParam("id", newSupplyOrder(productId, false).id())));
        add("updateSupplyOrder", caller -> {
            UUID id = newSupplyOrder(productId, false).id();
            return new Example(json(ApiRequest.of("updateSupplyOrder", "PUT", orders + "/{id}").pathParam("id", id)
                    .header("If-Match", "\"0\""), supplyOrder(productId, "Réécrite")), row("supply_order", id));
        });
        add("changeSupplyOrderDelivery", caller -> {
            UUID id = newSupplyOrder(productId, false).id();
            return new Example(json(ApiRequest.of("changeSupplyOrderDelivery", "PUT", orders + "/{id}/delivery")
                    .pathParam("id", id).header("If-Match", "\"0\""), delivery("Lyon")), row("supply_order", id));
        });
        add("submitSupplyOrder", caller -> {
            UUID id = newSupplyOrder(productId, false).id();
            return new Example(ApiRequest.of("submitSupplyOrder", "POST", orders + "/{id}/submit").pathParam("id", id),
                    row("supply_order", id));
        });
        add("cancelSupplyOrder", caller -> {
            UUID id = newSupplyOrder(productId, true).id();
            return new Example(ApiRequest.of("cancelSupplyOrder", "POST", orders + "/{id}/cancel").pathParam("id", id),
                    row("supply_order", id));
        });
        add("cancelSupplyOrderLine", caller -> {
            SubmittedOrder order = newSupplyOrder(productId, true);
            return new Example(ApiRequest.of("cancelSupplyOrderLine", "POST", orders + "/{id}/lines/{lineId}/cancel")
                    .pathParam("id", order.id()).pathParam("lineId", order.lineId()), row("supply_order_line", order.lineId()));
        });
        add("shipSupplyOrder", caller -> {
            SubmittedOrder order = newSupplyOrder(productId, true);
            return new Example(json(ApiRequest.of("shipSupplyOrder", "POST", orders + "/{id}/ship").pathParam("id", order.id()),
                    Map.of("carrier", "La Poste", "trackingReference", "6A123", "lines",
                            List.of(Map.of("lineId", order.lineId().toString(), "quantity", 2)))),
                    row("supply_order_line", order.lineId()));
        });
        add("deliverSupplyOrder", caller -> {
            SubmittedOrder order = newSupplyOrder(productId, true);
            given().auth().oauth2(staffToken).contentType(ContentType.JSON)
                    .body(Map.of("carrier", "La Poste", "lines", List.of(Map.of("lineId", order.lineId().toString(), "quantity", 2))))
                    .when().post(orders + "/" + order.id() + "/ship").then().statusCode(200);
            return new Example(ApiRequest.of("deliverSupplyOrder", "POST", orders + "/{id}/deliver").pathParam("id", order.id()),
                    row("supply_order", order.id()));
        });
    }

    private void defineAllocationRuns() {
        String runs = "/api/v1/allocation-runs";
        add("createAllocationRun", caller -> {
            UUID productId = newProduct();
            return new Example(json(ApiRequest.of("createAllocationRun", "POST", runs),
                    Map.of("dryRun", true, "productIds", List.of(productId.toString()))),
                    new Probe("select count(*) from allocation_run where ? = any(product_ids)", productId));
        });
        add("listAllocationRuns", caller -> plain(ApiRequest.of("listAllocationRuns", "GET", runs).queryParam("size", 5)));
        add("getAllocationRun", caller -> plain(ApiRequest.of("getAllocationRun", "GET", runs + "/{id}")
                .pathParam("id", newAllocationRun()).queryParam("size", 10)));
        add("applyAllocationRun", caller -> {
            UUID id = newAllocationRun();
            return new Example(ApiRequest.of("applyAllocationRun", "POST", runs + "/{id}/apply").pathParam("id", id),
                    row("allocation_run", id));
        });
    }

    /** A proposed run over a fresh product (nothing waits for it: applying it gives nothing, but is allowed). */
    private UUID newAllocationRun() {
        return UUID.fromString(given().auth().oauth2(staffToken).contentType(ContentType.JSON)
                .body(Map.of("dryRun", true, "productIds", List.of(newProduct().toString())))
                .when().post("/api/v1/allocation-runs").then().statusCode(201).extract().path("id"));
    }

    private static Map<String, Object> product(String sku) {
        return Map.of("sku", sku, "name", "Gel hydroalcoolique 500 ml " + sku, "unit", "flacon", "maxPerOrder", 50);
    }

    /** A product with plenty of stock (received through the API, so that its ledger is whole). */
    private UUID newProduct() {
        UUID id = UUID.fromString(given().auth().oauth2(staffToken).contentType(ContentType.JSON)
                .body(product("SKU-" + DirectoryFixtures.word())).when().post("/api/v1/products")
                .then().statusCode(201).extract().path("id"));
        given().auth().oauth2(staffToken).contentType(ContentType.JSON)
                .body(Map.of("quantity", 1_000_000, "source", "Achat de la Région")).when()
                .post("/api/v1/products/" + id + "/receipts").then().statusCode(201);
        return id;
    }

    private static Probe stockOf(UUID productId) {
        return new Probe("select on_hand || '/' || reserved || '/' || (select count(*) from stock_movement m "
                + "where m.product_id = p.id) from product p where id = ?", productId);
    }

    private Map<String, Object> supplyOrder(UUID productId, String comment) {
        return Map.of("structureId", structureId.toString(), "comment", comment, "delivery", delivery("Montreuil"),
                "lines", List.of(Map.of("productId", productId.toString(), "quantity", 2)));
    }

    private static Map<String, Object> delivery(String city) {
        return Map.of("address", "12 rue de la Paix", "postCode", "93100", "city", city, "contactName", "Inès Martin",
                "contactPhone", "01 23 45 67 89");
    }

    /** An order and its one line. */
    private record SubmittedOrder(UUID id, UUID lineId) {
    }

    /** An order of the owner's structure, made by a facilitator: a draft, or submitted (its 2 units reserved). */
    private SubmittedOrder newSupplyOrder(UUID productId, boolean submitted) {
        var created = given().auth().oauth2(staffToken).contentType(ContentType.JSON)
                .body(supplyOrder(productId, "Commande de test")).when().post("/api/v1/supply-orders")
                .then().statusCode(201).extract();
        UUID id = UUID.fromString(created.path("id"));
        if (submitted) {
            given().auth().oauth2(staffToken).when().post("/api/v1/supply-orders/" + id + "/submit")
                    .then().statusCode(200);
        }
        return new SubmittedOrder(id, UUID.fromString(created.path("lines[0].id")));
    }

    private Map<String, Object> sourcingRequest(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "Entretien de 800 m² de bureaux, trois passages par semaine.");
        body.put("channel", "QUOTE");
        body.put("sectors", List.of("nettoyage-de-locaux"));
        body.put("departments", List.of("93"));
        body.put("responseDeadline", LocalDate.now(PARIS).plusDays(14).toString());
        body.put("buyerOrganisationId", buyerOrganisationId.toString());
        return body;
    }

    /**
     * A complete request the partner client wrote for the buyer (so that the buyer, facilitators and that
     * partner may act on it), in the status; written directly, as the fuzz test asks for thousands.
     */
    private UUID newSourcingRequest(String status) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SourcingRequest request = new SourcingRequest();
            request.id = UUID.randomUUID();
            request.title = "Besoin " + DirectoryFixtures.word();
            request.description = "Entretien de 800 m² de bureaux.";
            request.channel = SourcingChannel.QUOTE;
            request.status = SourcingStatus.valueOf(status);
            request.buyerOrganisationId = buyerOrganisationId;
            request.authorClientId = DemoAccounts.CLIENT_ID;
            request.sectors = new String[] { "nettoyage-de-locaux" };
            request.departments = new String[] { "93" };
            request.responseDeadline = LocalDate.now(PARIS).plusDays(14);
            request.submittedAt = status.equals("DRAFT") ? null : Instant.now();
            request.publishedAt = status.equals("PUBLISHED") ? Instant.now() : null;
            request.persist();
            return request.id;
        });
    }

    private static UUID newSourcingAttachment(UUID requestId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SourcingAttachment attachment = new SourcingAttachment();
            attachment.id = UUID.randomUUID();
            attachment.requestId = requestId;
            attachment.fileName = "cahier-des-charges.pdf";
            attachment.contentType = "application/pdf";
            attachment.content = PDF;
            attachment.sizeBytes = PDF.length;
            attachment.persist();
            return attachment.id;
        });
    }

    /** The structure is solicited for the request (written directly: its siae users then see the request). */
    private static void solicit(UUID requestId, UUID structureId) {
        QuarkusTransaction.requiringNew().run(() -> Organisation.getEntityManager().createNativeQuery(
                "insert into solicitation (id, request_id, structure_id, origin, status, sent_at, created_at, updated_at) "
                        + "values (?, ?, ?, 'ADDED', 'SENT', now(), now(), now())")
                .setParameter(1, UUID.randomUUID()).setParameter(2, requestId).setParameter(3, structureId).executeUpdate());
    }

    /** A multipart body with one PDF part {@code file}, written by hand as the fuzz test sends raw bytes. */
    private static ApiRequest pdfUpload(ApiRequest request) {
        String boundary = "relance-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"devis.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + PDF.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(PDF, 0, body, head.length, PDF.length);
        System.arraycopy(tail, 0, body, head.length + PDF.length, tail.length);
        return request.body("multipart/form-data; boundary=" + boundary, body);
    }

    private Map<String, Object> ongoingContract(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("buyerOrganisationId", buyerOrganisationId.toString());
        body.put("title", title);
        body.put("holderName", "Titulaire Propreté SAS");
        body.put("holderSiret", DirectoryFixtures.siret());
        body.put("amount", 150000);
        body.put("endDate", LocalDate.now(PARIS).plusYears(1).toString());
        body.put("sectors", List.of("nettoyage-de-locaux"));
        return body;
    }

    private UUID newOngoingContract() {
        return QuarkusTransaction.requiringNew().call(() -> {
            OngoingContract contract = new OngoingContract();
            contract.id = UUID.randomUUID();
            contract.buyerOrganisationId = buyerOrganisationId;
            contract.title = "Marché " + DirectoryFixtures.word();
            contract.holderName = "Titulaire Propreté SAS";
            contract.persist();
            return contract.id;
        });
    }

    private void defineSolicitations() {
        String requestSolicitations = "/api/v1/sourcing-requests/{id}/solicitations";
        // the request the partner wrote for the buyer: its buyer, facilitators and that partner read its list
        add("listRequestSolicitations", caller -> plain(ApiRequest.of("listRequestSolicitations", "GET", requestSolicitations)
                .pathParam("id", sourcingRequestId)));
        add("addRequestSolicitation", caller -> {
            UUID structure = newStructure();
            return new Example(json(ApiRequest.of("addRequestSolicitation", "POST", requestSolicitations)
                    .pathParam("id", publishedRequestId), Map.of("structureId", structure.toString())),
                    new Probe("select count(*) from solicitation where structure_id = ?", structure));
        });
        add("removeRequestSolicitation", caller -> {
            UUID structure = newStructure();
            PublishedRequests.Solicited solicited = PublishedRequests.solicit(publishedRequestId, structure);
            return new Example(ApiRequest.of("removeRequestSolicitation", "DELETE", requestSolicitations + "/{structureId}")
                    .pathParam("id", publishedRequestId).pathParam("structureId", structure), row("solicitation", solicited.id()));
        });
        add("listUnreachableSolicitations", caller -> plain(ApiRequest.of("listUnreachableSolicitations", "GET",
                "/api/v1/solicitations/unreachable").queryParam("size", 5)));
        add("listMySolicitations", caller -> plain(ApiRequest.of("listMySolicitations", "GET", "/api/v1/solicitations")
                .queryParam("status", "SENT").queryParam("size", 5)));
        add("getSolicitation", caller -> new Example(ApiRequest.of("getSolicitation", "GET", "/api/v1/solicitations/{id}")
                .pathParam("id", solicitation.id()), row("solicitation", solicitation.id())));
        add("answerSolicitation", caller -> {
            UUID mine = PublishedRequests.solicit(PublishedRequests.published(buyerOrganisationId, PublishedRequests.inDays(30)),
                    structureId).id();
            return new Example(json(ApiRequest.of("answerSolicitation", "PUT", "/api/v1/solicitations/{id}/answer")
                    .pathParam("id", mine), answer()), row("solicitation", mine));
        });
        add("downloadSolicitationAttachment", caller -> plain(ApiRequest.of("downloadSolicitationAttachment", "GET",
                "/api/v1/solicitations/{id}/attachments/{attachmentId}").pathParam("id", solicitation.id())
                .pathParam("attachmentId", publishedAttachmentId)));
        add("getSolicitationByLink", caller -> plain(ApiRequest.of("getSolicitationByLink", "GET",
                "/api/v1/solicitation-links/{token}").pathParam("token", solicitation.token())));
        add("answerSolicitationByLink", caller -> {
            PublishedRequests.Solicited solicited = PublishedRequests.solicit(publishedRequestId, newStructure());
            return new Example(json(ApiRequest.of("answerSolicitationByLink", "PUT", "/api/v1/solicitation-links/{token}")
                    .pathParam("token", solicited.token()), answer()), row("solicitation", solicited.id()));
        });
        add("downloadSolicitationLinkAttachment", caller -> plain(ApiRequest.of("downloadSolicitationLinkAttachment", "GET",
                "/api/v1/solicitation-links/{token}/attachments/{attachmentId}").pathParam("token", solicitation.token())
                .pathParam("attachmentId", publishedAttachmentId)));
        add("searchPartnersByLink", caller -> plain(ApiRequest.of("searchPartnersByLink", "GET",
                "/api/v1/solicitation-links/{token}/partners").pathParam("token", solicitation.token())
                .queryParam("q", "insertion")));
    }

    private static Map<String, Object> answer() {
        return Map.of("decision", "INTERESTED", "message", "Nous pouvons commencer en mars.", "quoteAmount", 12000,
                "monthlyCapacity", "Une équipe de quatre personnes", "partnerStructureIds", List.of());
    }

    /** Its report files are served once the job is done (409 before). */
    private void awaitImportDone(String token) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!"DONE".equals(given().auth().oauth2(token).when().get("/api/v1/structure-imports/" + importJobId)
                .then().statusCode(200).extract().path("status"))) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("The fixture's import job did not finish within 60 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private void defineBarometer() {
        String surveys = "/api/v1/activity-surveys";
        UUID surveyId = newSurvey(structureId, List.of());
        add("answerActivitySurvey", caller -> {
            UUID structure = newStructure();
            return new Example(json(ApiRequest.of("answerActivitySurvey", "POST", surveys),
                    SurveyFixtures.input(structure, thisWeek())),
                    new Probe("select count(*) from activity_survey where structure_id = ?", structure));
        });
        add("listActivitySurveys", caller -> plain(ApiRequest.of("listActivitySurveys", "GET", surveys)
                .queryParam("structureId", structureId).queryParam("from", thisWeek().plusWeeks(-4).toString())
                .queryParam("to", thisWeek().toString()).queryParam("size", 5)));
        add("getThisWeekSurvey", caller -> plain(ApiRequest.of("getThisWeekSurvey", "GET", surveys + "/this-week")
                .queryParam("structureId", structureId)));
        add("getActivitySurvey", caller -> plain(ApiRequest.of("getActivitySurvey", "GET", surveys + "/{id}")
                .pathParam("id", surveyId)));
        add("getActivitySurveyHistory", caller -> plain(ApiRequest.of("getActivitySurveyHistory", "GET",
                surveys + "/{id}/history").pathParam("id", surveyId)));
        String link = "/api/v1/survey-links/{token}";
        add("getSurveyByLink", caller -> plain(ApiRequest.of("getSurveyByLink", "GET", link)
                .pathParam("token", surveyLink(structureId))));
        add("answerSurveyByLink", caller -> {
            return plain(json(ApiRequest.of("answerSurveyByLink", "PUT", link)
                    .pathParam("token", surveyLink(structureId)), SurveyFixtures.answers()));
        });
        String followUps = "/api/v1/follow-ups";
        add("listFollowUps", caller -> plain(ApiRequest.of("listFollowUps", "GET", followUps)
                .queryParam("status", "OPEN").queryParam("need", "STAFFING").queryParam("size", 5)));
        add("updateFollowUp", caller -> {
            UUID structure = newStructure();
            newSurvey(structure, List.of("STAFFING"));
            UUID id = QuarkusTransaction.requiringNew().call(() -> (UUID) AppUser.getEntityManager()
                    .createNativeQuery("select id from follow_up where structure_id = ?1", UUID.class)
                    .setParameter(1, structure).getSingleResult());
            return new Example(json(ApiRequest.of("updateFollowUp", "PATCH", followUps + "/{id}").pathParam("id", id)
                    .header("If-Match", "\"0\""), Map.of("status", "IN_PROGRESS", "note", "Rappeler jeudi")),
                    row("follow_up", id));
        });
    }

    private static IsoWeek thisWeek() {
        return IsoWeek.of(Instant.now());
    }

    private static Map<String, Object> survey(UUID structure, List<String> needs) {
        return SurveyFixtures.with(SurveyFixtures.input(structure, thisWeek()), "needs", needs,
                "needsText", needs.isEmpty() ? null : "Deux encadrants en arrêt, besoin de renfort.");
    }

    /** An answer of this week for the structure, entered by a facilitator. */
    private UUID newSurvey(UUID structure, List<String> needs) {
        return UUID.fromString(given().auth().oauth2(staffToken).contentType(ContentType.JSON)
                .body(survey(structure, needs)).when().post("/api/v1/activity-surveys").then().statusCode(201)
                .extract().path("id"));
    }

    /** A new personal link to the structure's survey of this week. */
    private static String surveyLink(UUID structure) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container()
                .instance(SurveyLinks.class).get()
                .create(List.of(structure), thisWeek(), Instant.now()).get(0));
    }

    private void add(String operationId, Function<Caller, Example> example) {
        examples.put(operationId, example);
    }

    private static Example plain(ApiRequest request) {
        return new Example(request, null);
    }

    private static Probe row(String table, UUID id) {
        return new Probe("select row_to_json(t)::text from " + table + " t where id = ?", id);
    }

    private static ApiRequest json(ApiRequest request, Object body) {
        try {
            return request.body("application/json", JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A structure of the owner's organisation, made by a facilitator. */
    public UUID newStructure() {
        Map<String, Object> profile = DirectoryFixtures.profile("Structure " + DirectoryFixtures.word());
        profile.put("organisationId", ownerOrganisationId.toString());
        return UUID.fromString(DirectoryFixtures.as(staffToken).body(profile).when().post("/api/v1/structures")
                .then().statusCode(201).extract().path("id"));
    }

    private String siretOf(UUID structureId) {
        return given().auth().oauth2(staffToken).when().get("/api/v1/structures/" + structureId)
                .then().statusCode(200).extract().path("siret");
    }

    private UUID newActivity(UUID structureId) {
        return UUID.fromString(DirectoryFixtures.as(staffToken).body(DirectoryFixtures.activity("plomberie", "COUNTRY", null, null))
                .when().post("/api/v1/structures/" + structureId + "/activities").then().statusCode(201).extract().path("id"));
    }

    private UUID newOffer(UUID structureId) {
        return UUID.fromString(DirectoryFixtures.as(staffToken).body(DirectoryFixtures.offer("Offre " + DirectoryFixtures.word()))
                .when().post("/api/v1/structures/" + structureId + "/offers").then().statusCode(201).extract().path("id"));
    }

    /** A member invited to the structure (by a facilitator), to be removed. */
    private UUID newMember(UUID structureId) {
        return UUID.fromString(DirectoryFixtures.as(staffToken)
                .body(Map.of("email", TestAccounts.uniqueEmail("membre"), "displayName", "Membre à retirer"))
                .when().post("/api/v1/structures/" + structureId + "/members").then().statusCode(201).extract().path("id"));
    }

    private UUID invitedUser() {
        return UUID.fromString(DirectoryFixtures.as(adminToken)
                .body(Map.of("email", TestAccounts.uniqueEmail("invitation"), "displayName", "Invitée", "role", "buyer",
                        "organisationId", buyerOrganisationId.toString()))
                .when().post("/api/v1/admin/users").then().statusCode(201).extract().path("id"));
    }

    private Map<String, Object> partnerClient(String clientId) {
        return Map.of("clientId", clientId, "name", "Client " + clientId, "organisationId", partnerOrganisationId.toString(),
                "scopes", List.of("directory:read"), "active", true);
    }

    private UUID newPartnerClient(String clientId) {
        return UUID.fromString(DirectoryFixtures.as(adminToken).body(partnerClient(clientId))
                .when().post("/api/v1/admin/partner-clients").then().statusCode(201).extract().path("client.id"));
    }

    private static String clientId() {
        return "client-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    }

    /** A fresh refresh token (the cookie of a new login). */
    private static String refreshCookie() {
        TestAccounts.TestUser user = TestAccounts.user(Role.buyer);
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", user.email(), "password", user.password()))
                .when().post("/api/v1/auth/login").then().statusCode(200).extract().cookie("relance_refresh");
    }

    private static String csv() {
        return "siret,name,kind\n" + DirectoryFixtures.siret() + ",Importée " + DirectoryFixtures.word() + ",ACI\n";
    }

    private static UUID organisation(OrganisationKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Organisation organisation = Organisation.create("Organisation " + UUID.randomUUID(), kind, true);
            organisation.persist();
            return organisation.id;
        });
    }

    private static TestAccounts.TestUser person(Role role, UUID organisationId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AppUser user = new AppUser();
            user.id = UUID.randomUUID();
            user.email = TestAccounts.uniqueEmail(role.name());
            user.displayName = "Personne de test";
            user.role = role;
            user.organisation = Organisation.findById(organisationId);
            user.passwordHash = Passwords.hash(TestAccounts.PASSWORD);
            user.persist();
            return new TestAccounts.TestUser(user.id, user.email, TestAccounts.PASSWORD, organisationId);
        });
    }

    private static String tokenOf(Caller caller, TestAccounts.TestUser user) {
        String role = switch (caller) {
            case BUYER -> Roles.BUYER;
            case SIAE_OWNER, SIAE_OTHER -> Roles.SIAE;
            case FACILITATOR -> Roles.FACILITATOR;
            case ADMIN -> Roles.ADMIN;
            default -> throw new IllegalArgumentException(caller.name());
        };
        return TestTokens.claims(role).subject(user.id().toString()).upn(user.email())
                .claim("org", user.organisationId().toString()).claim("jti", UUID.randomUUID().toString()).sign();
    }
}
