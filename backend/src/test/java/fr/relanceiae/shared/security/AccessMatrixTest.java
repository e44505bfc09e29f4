package fr.relanceiae.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.relanceiae.testing.ApiContract;
import fr.relanceiae.testing.ApiExamples;
import fr.relanceiae.testing.ApiExamples.Caller;
import fr.relanceiae.testing.ApiExamples.Example;
import fr.relanceiae.testing.ApiExamples.Probe;
import fr.relanceiae.testing.ApiRequest;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Who may call what, in one table: every operation of openapi.yaml × every kind
 * of caller, with the status each must get for a valid request. A refused
 * write (401, 403, 404) leaves the database as it was. A new operation in the
 * contract fails this test until its row is added.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
public class AccessMatrixTest {

    private static final String DIRECTORY_READ = "directory:read";
    private static final String SOURCING_READ = "sourcing:read";
    private static final String SOURCING_WRITE = "sourcing:write";
    private static final String SUPPLIES_READ = "supplies:read";
    private static final String INDICATORS_READ = "indicators:read";

    /** Expected status per caller, in the order of {@link Caller}. */
    record Row(String operationId, String variant, String requiredScope, int... statuses) {
        int expected(Caller caller) {
            return statuses[caller.ordinal()];
        }

        String name() {
            return variant == null ? operationId : operationId + " (" + variant + ")";
        }
    }

    // @formatter:off
    //                                               none buyer owner other facil admin  p+sc  p-sc
    private static final List<Row> MATRIX = List.of(
            row("login", null,                        200,  200,  200,  200,  200,  200,  200,  200),
            row("logout", null,                       204,  204,  204,  204,  204,  204,  204,  204),
            row("refreshSession", null,               200,  200,  200,  200,  200,  200,  200,  200),
            row("requestPasswordReset", null,         202,  202,  202,  202,  202,  202,  202,  202),
            // an unknown link: the same 400 for everyone, the endpoint is public
            row("resetPassword", null,                400,  400,  400,  400,  400,  400,  400,  400),
            row("checkPasswordToken", null,           200,  200,  200,  200,  200,  200,  200,  200),
            row("issueClientToken", null,             200,  200,  200,  200,  200,  200,  200,  200),
            row("getCurrentUser", null,               401,  200,  200,  200,  200,  200,  403,  403),
            row("listMyStructures", null,             401,  403,  200,  200,  403,  403,  403,  403),
            row("listOrganisations", null,            401,  403,  403,  403,  403,  200,  403,  403),
            row("createOrganisation", null,           401,  403,  403,  403,  403,  201,  403,  403),
            row("updateOrganisation", null,           401,  403,  403,  403,  403,  200,  403,  403),
            row("listUsers", null,                    401,  403,  403,  403,  403,  200,  403,  403),
            row("createUser", null,                   401,  403,  403,  403,  403,  201,  403,  403),
            row("updateUser", null,                   401,  403,  403,  403,  403,  200,  403,  403),
            row("resendInvitation", null,             401,  403,  403,  403,  403,  202,  403,  403),
            row("listPartnerClients", null,           401,  403,  403,  403,  403,  200,  403,  403),
            row("createPartnerClient", null,          401,  403,  403,  403,  403,  201,  403,  403),
            row("updatePartnerClient", null,          401,  403,  403,  403,  403,  200,  403,  403),
            row("rotatePartnerClientSecret", null,    401,  403,  403,  403,  403,  200,  403,  403),
            row("listSectors", DIRECTORY_READ,        401,  200,  200,  200,  200,  200,  200,  403),
            row("listDepartments", DIRECTORY_READ,    401,  200,  200,  200,  200,  200,  200,  403),
            row("listStructureKinds", DIRECTORY_READ, 401,  200,  200,  200,  200,  200,  200,  403),
            row("listPrestaTypes", DIRECTORY_READ,    401,  200,  200,  200,  200,  200,  200,  403),
            row("searchCommunes", DIRECTORY_READ,     401,  200,  200,  200,  200,  200,  200,  403),
            row("listStructureLabels", DIRECTORY_READ, 401, 200,  200,  200,  200,  200,  200,  403),
            row("listStructureNetworks", DIRECTORY_READ, 401, 200, 200, 200,  200,  200,  200,  403),
            row("searchStructures", DIRECTORY_READ,   401,  200,  200,  200,  200,  200,  200,  403),
            row("exportStructures", DIRECTORY_READ,   401,  200,  200,  200,  200,  200,  200,  403),
            row("exportStructuresXlsx", DIRECTORY_READ, 401, 200, 200,  200,  200,  200,  200,  403),
            row("getStructure", DIRECTORY_READ,       401,  200,  200,  200,  200,  200,  200,  403),
            row("getStructureBySiret", DIRECTORY_READ, 401, 200,  200,  200,  200,  200,  200,  403),
            // a deactivated structure: seen only by its own users, facilitators and admins
            variant("getStructure", "deactivated", DIRECTORY_READ,
                                                      401,  404,  200,  404,  200,  200,  404,  403),
            variant("getStructureBySiret", "deactivated", DIRECTORY_READ,
                                                      401,  404,  200,  404,  200,  200,  404,  403),
            row("createStructure", null,              401,  403,  403,  403,  201,  201,  403,  403),
            row("updateStructure", null,              401,  403,  200,  403,  200,  200,  403,  403),
            row("createActivity", null,               401,  403,  201,  403,  201,  201,  403,  403),
            row("updateActivity", null,               401,  403,  200,  403,  200,  200,  403,  403),
            row("deleteActivity", null,               401,  403,  204,  403,  204,  204,  403,  403),
            row("createOffer", null,                  401,  403,  201,  403,  201,  201,  403,  403),
            row("updateOffer", null,                  401,  403,  200,  403,  200,  200,  403,  403),
            row("deleteOffer", null,                  401,  403,  204,  403,  204,  204,  403,  403),
            row("listStructureMembers", null,         401,  403,  403,  403,  200,  200,  403,  403),
            row("addStructureMember", null,           401,  403,  403,  403,  201,  201,  403,  403),
            row("removeStructureMember", null,        401,  403,  403,  403,  204,  204,  403,  403),
            row("importStructures", null,             401,  403,  403,  403,  202,  202,  403,  403),
            row("describeStructureImportFormat", null, 401, 403, 403,  403,  200,  200,  403,  403),
            row("downloadStructureImportTemplate", null, 401, 403, 403, 403,  200,  200,  403,  403),
            row("getStructureImport", null,           401,  403,  403,  403,  200,  200,  403,  403),
            row("getStructureImportRejectedRows", null, 401, 403, 403, 403,  200,  200,  403,  403),
            row("getStructureImportWarnings", null,   401,  403,  403,  403,  200,  200,  403,  403),
            // sourcing: the example request was written by the partner for the buyer, and solicits the owner's
            // structure; transitions act on fresh requests written by the partner (submit: the buyer organisation
            // or the author, not any facilitator)
            row("createSourcingRequest", SOURCING_WRITE, 401, 201, 403, 403,  201,  403,  201,  403),
            row("listSourcingRequests", SOURCING_READ, 401, 200,  403,  403,  200,  403,  200,  403),
            row("getSourcingRequest", SOURCING_READ,  401,  200,  200,  404,  200,  403,  200,  403),
            row("updateSourcingRequest", SOURCING_WRITE, 401, 200, 403, 403,  200,  403,  200,  403),
            row("submitSourcingRequest", SOURCING_WRITE, 401, 200, 403, 403,  403,  403,  200,  403),
            row("returnSourcingRequest", null,        401,  403,  403,  403,  200,  403,  403,  403),
            row("publishSourcingRequest", null,       401,  403,  403,  403,  200,  403,  403,  403),
            row("closeSourcingRequest", null,         401,  200,  403,  403,  200,  403,  403,  403),
            row("extendSourcingRequestDeadline", null, 401, 200,  403,  403,  200,  403,  403,  403),
            row("addSourcingAttachment", SOURCING_WRITE, 401, 201, 403, 403,  201,  403,  201,  403),
            row("getSourcingAttachment", SOURCING_READ, 401, 200, 200,  404,  200,  403,  200,  403),
            row("deleteSourcingAttachment", SOURCING_WRITE, 401, 204, 403, 403, 204, 403,  204,  403),
            row("getSourcingMatches", null,           401,  403,  403,  403,  200,  403,  403,  403),
            row("getSourcingPotential", SOURCING_WRITE, 401, 200, 403, 403,  200,  403,  200,  403),
            // the buyers a facilitator or a partner writes requests for (administrators have their own list)
            row("listBuyerOrganisations", SOURCING_WRITE, 401, 403, 403, 403,  200,  403,  200,  403),
            row("listOngoingContracts", null,         401,  403,  403,  403,  200,  403,  403,  403),
            row("getOngoingContract", null,           401,  403,  403,  403,  200,  403,  403,  403),
            row("createOngoingContract", null,        401,  403,  403,  403,  201,  403,  403,  403),
            row("updateOngoingContract", null,        401,  403,  403,  403,  200,  403,  403,  403),
            // Sourcing: solicitations (the request is the buyer's; the solicited structure the owner's); the list
            // is read on the request the partner wrote for the buyer
            row("listRequestSolicitations", SOURCING_READ, 401, 200, 403, 403, 200,  403,  200,  403),
            row("addRequestSolicitation", null,       401,  403,  403,  403,  201,  403,  403,  403),
            row("removeRequestSolicitation", null,    401,  403,  403,  403,  204,  403,  403,  403),
            row("listUnreachableSolicitations", null, 401,  403,  403,  403,  200,  403,  403,  403),
            // a siae user of another organisation has an inbox of its own (empty here)
            row("listMySolicitations", null,          401,  403,  200,  200,  403,  403,  403,  403),
            row("getSolicitation", null,              401,  403,  200,  404,  403,  403,  403,  403),
            row("answerSolicitation", null,           401,  403,  200,  404,  403,  403,  403,  403),
            row("downloadSolicitationAttachment", null, 401, 403, 200,  404,  403,  403,  403,  403),
            // the personal link is the credential: anyone holding it, with or without a token
            row("getSolicitationByLink", null,        200,  200,  200,  200,  200,  200,  200,  200),
            row("answerSolicitationByLink", null,     200,  200,  200,  200,  200,  200,  200,  200),
            row("downloadSolicitationLinkAttachment", null, 200, 200, 200, 200, 200, 200, 200, 200),
            row("searchPartnersByLink", null,         200,  200,  200,  200,  200,  200,  200,  200),
            // supplies: the products (read by structures and by partners with supplies:read; the stock kept by
            // facilitators), and the orders of the owner's structure (another siae user does not see them: 404; it
            // cannot order for a structure not its own: 400 naming structureId)
            row("listProducts", SUPPLIES_READ,        401,  403,  200,  200,  200,  200,  200,  403),
            row("getProduct", SUPPLIES_READ,          401,  403,  200,  200,  200,  200,  200,  403),
            row("createProduct", null,                401,  403,  403,  403,  201,  201,  403,  403),
            row("updateProduct", null,                401,  403,  403,  403,  200,  200,  403,  403),
            row("receiveStock", null,                 401,  403,  403,  403,  201,  403,  403,  403),
            row("adjustStock", null,                  401,  403,  403,  403,  201,  403,  403,  403),
            row("listStockMovements", null,           401,  403,  403,  403,  200,  200,  403,  403),
            row("createSupplyOrder", null,            401,  403,  201,  400,  201,  403,  403,  403),
            row("listSupplyOrders", null,             401,  403,  200,  200,  200,  403,  403,  403),
            row("getSupplyOrder", null,               401,  403,  200,  404,  200,  403,  403,  403),
            row("updateSupplyOrder", null,            401,  403,  200,  404,  200,  403,  403,  403),
            row("changeSupplyOrderDelivery", null,    401,  403,  200,  404,  200,  403,  403,  403),
            row("submitSupplyOrder", null,            401,  403,  200,  404,  200,  403,  403,  403),
            row("cancelSupplyOrder", null,            401,  403,  200,  404,  200,  403,  403,  403),
            row("cancelSupplyOrderLine", null,        401,  403,  200,  404,  200,  403,  403,  403),
            row("shipSupplyOrder", null,              401,  403,  403,  403,  200,  403,  403,  403),
            row("deliverSupplyOrder", null,           401,  403,  403,  403,  200,  403,  403,  403),
            row("createAllocationRun", null,          401,  403,  403,  403,  201,  403,  403,  403),
            row("listAllocationRuns", null,           401,  403,  403,  403,  200,  403,  403,  403),
            row("getAllocationRun", null,             401,  403,  403,  403,  200,  403,  403,  403),
            row("applyAllocationRun", null,           401,  403,  403,  403,  200,  403,  403,  403),
            // Barometer: the owner answers for its structure (a fresh one each time: 201), another siae user may not
            // name it (400) nor see its answers (404); facilitators answer for any, admins read; the link is public
            row("answerActivitySurvey", null,         401,  403,  201,  400,  201,  403,  403,  403),
            row("listActivitySurveys", null,          401,  403,  200,  200,  200,  200,  403,  403),
            row("getThisWeekSurvey", null,            401,  403,  200,  400,  200,  403,  403,  403),
            row("getActivitySurvey", null,            401,  403,  200,  404,  200,  200,  403,  403),
            row("getActivitySurveyHistory", null,     401,  403,  200,  404,  200,  200,  403,  403),
            row("getSurveyByLink", null,              200,  200,  200,  200,  200,  200,  200,  200),
            row("answerSurveyByLink", null,           200,  200,  200,  200,  200,  200,  200,  200),
            row("listFollowUps", null,                401,  403,  403,  403,  200,  200,  403,  403),
            row("updateFollowUp", null,               401,  403,  403,  403,  200,  200,  403,  403),
            // the activity barometer's indicators: facilitators and admins, partners with indicators:read (suppressed);
            // the drill-downs to structures for facilitators and admins only
            row("getActivityIndicators", INDICATORS_READ, 401, 403, 403, 403, 200,  200,  200,  403),
            row("exportActivityIndicators", INDICATORS_READ, 401, 403, 403, 403, 200, 200,  200,  403),
            row("listActivityCellSurveys", null,      401,  403,  403,  403,  200,  200,  403,  403),
            row("listActivityNonRespondents", null,   401,  403,  403,  403,  200,  200,  403,  403),
            // financing: diagnostics of the owner's structures (another siae user: 404; it cannot open one for a
            // structure not its own: 400 naming structureId); admins read them, facilitators review them; the
            // rules are read by facilitators and written by admins; partners see only the indicators
            row("createFinancingDiagnostic", null,    401,  403,  201,  400,  201,  403,  403,  403),
            row("listFinancingDiagnostics", null,     401,  403,  200,  200,  200,  200,  403,  403),
            row("getFinancingDiagnostic", null,       401,  403,  200,  404,  200,  200,  403,  403),
            row("updateFinancingDiagnostic", null,    401,  403,  200,  404,  200,  403,  403,  403),
            row("submitFinancingDiagnostic", null,    401,  403,  200,  404,  200,  403,  403,  403),
            row("reviewFinancingDiagnostic", null,    401,  403,  403,  403,  200,  403,  403,  403),
            row("orientFinancingDiagnostic", null,    401,  403,  403,  403,  200,  403,  403,  403),
            row("closeFinancingDiagnostic", null,     401,  403,  200,  404,  200,  403,  403,  403),
            row("listFinancingRules", null,           401,  403,  403,  403,  200,  200,  403,  403),
            row("getFinancingRule", null,             401,  403,  403,  403,  200,  200,  403,  403),
            row("createFinancingRule", null,          401,  403,  403,  403,  403,  201,  403,  403),
            row("updateFinancingRule", null,          401,  403,  403,  403,  403,  200,  403,  403),
            row("deleteFinancingRule", null,          401,  403,  403,  403,  403,  204,  403,  403),
            row("listAuditEvents", null,              401,  403,  403,  403,  403,  200,  403,  403),
            row("getFinancingIndicators", INDICATORS_READ, 401, 403, 403, 403, 200,  200,  200,  403),
            // Sign-up (issue 13): public, the same answer for every caller (fresh e-mails, links and claims each
            // time); the queues of organisations to verify and of structure claims are the facilitators' and admins'
            row("signUpBuyer", null,                  202,  202,  202,  202,  202,  202,  202,  202),
            row("signUpStructure", null,              202,  202,  202,  202,  202,  202,  202,  202),
            row("verifyEmail", null,                  200,  200,  200,  200,  200,  200,  200,  200),
            row("resendVerification", null,           202,  202,  202,  202,  202,  202,  202,  202),
            row("confirmStructureClaim", null,        200,  200,  200,  200,  200,  200,  200,  200),
            row("listStructureClaims", null,          401,  403,  403,  403,  200,  200,  403,  403),
            row("acceptStructureClaim", null,         401,  403,  403,  403,  200,  200,  403,  403),
            row("refuseStructureClaim", null,         401,  403,  403,  403,  200,  200,  403,  403),
            row("listOrganisationsToVerify", null,    401,  403,  403,  403,  200,  200,  403,  403),
            row("confirmOrganisation", null,          401,  403,  403,  403,  200,  200,  403,  403),
            row("mergeOrganisation", null,            401,  403,  403,  403,  200,  200,  403,  403),
            // last: the callers keep their password, but it is hashed again
            row("changePassword", null,               401,  204,  204,  204,  204,  204,  403,  403));
    // @formatter:on

    /** The callers a valid request of this operation succeeds for (2xx), per the matrix. */
    public static List<Caller> allowedCallers(String operationId) {
        return MATRIX.stream().filter(row -> row.operationId().equals(operationId) && row.variant() == null)
                .flatMap(row -> Arrays.stream(Caller.values()).filter(caller -> row.expected(caller) < 300))
                .toList();
    }

    /** The scope a partner needs for this operation (null: none, or partners are refused). */
    public static String requiredScope(String operationId) {
        return MATRIX.stream().filter(row -> row.operationId().equals(operationId)).map(Row::requiredScope)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static Row row(String operationId, String scope, int... statuses) {
        return new Row(operationId, null, scope, statuses);
    }

    private static Row variant(String operationId, String variant, String scope, int... statuses) {
        return new Row(operationId, variant, scope, statuses);
    }

    @Inject
    EntityManager entityManager;

    private ApiExamples examples;

    @Test
    void every_operation_of_the_contract_has_a_row_and_every_row_an_operation() throws IOException {
        Set<String> inContract = ApiContract.load(Path.of("..", "openapi.yaml")).operationIds();
        Set<String> inMatrix = new TreeSet<>();
        MATRIX.forEach(row -> inMatrix.add(row.operationId()));
        assertThat(new TreeSet<>(inContract)).as("operations of openapi.yaml without a row in the access matrix")
                .containsAll(inMatrix);
        assertThat(inMatrix).as("rows of the access matrix for operations the contract does not have")
                .containsAll(inContract);
        assertThat(MATRIX).allSatisfy(row -> assertThat(row.statuses()).hasSize(Caller.values().length));
    }

    @Test
    void every_caller_gets_the_status_of_the_matrix_and_a_refused_write_changes_nothing() {
        examples = new ApiExamples();
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Row row : MATRIX) {
            for (Caller caller : Caller.values()) {
                cells++;
                String problem = check(row, caller);
                if (problem != null) {
                    wrong.add(problem);
                }
            }
        }
        System.out.printf("Access matrix: %d rows (%d operations) × %d callers = %d cells, %d wrong%n", MATRIX.size(),
                new LinkedHashSet<>(MATRIX.stream().map(Row::operationId).toList()).size(), Caller.values().length,
                cells, wrong.size());
        assertThat(wrong).as("cells of the access matrix that do not hold").isEmpty();
    }

    private String check(Row row, Caller caller) {
        int expected = row.expected(caller);
        Example example = example(row, caller);
        String before = snapshot(example.probe());
        ApiRequest.Answer answer = example.request().send(examples.token(caller, row.requiredScope()));
        String where = row.name() + " as " + caller + ": ";
        if (answer.status() != expected) {
            return where + "expected " + expected + ", got " + answer.status() + " " + abbreviate(answer.body());
        }
        if (expected >= 400 && !row.operationId().equals("issueClientToken")) {
            if (!answer.contentType().startsWith("application/problem+json")) {
                return where + expected + " without problem+json: " + answer.contentType();
            }
            if (expected == 401 || expected == 403) {
                String type = problemType(answer.body());
                String wanted = "https://relance-iae.fr/problems/" + (expected == 401 ? "unauthorized" : "forbidden");
                if (!wanted.equals(type) && !type.contains("scope")) {
                    return where + "problem type " + type;
                }
            }
        }
        if (expected >= 400 && example.probe() != null) {
            String after = snapshot(example.probe());
            if (!before.equals(after)) {
                return where + "refused with " + expected + " but the database changed: " + before + " → " + after;
            }
        }
        return null;
    }

    private Example example(Row row, Caller caller) {
        Example example = examples.example(row.operationId(), caller);
        if ("deactivated".equals(row.variant())) {
            ApiRequest request = example.request();
            request = row.operationId().equals("getStructure") ? request.pathParam("id", examples.deactivatedStructureId)
                    : request.pathParam("siret", examples.deactivatedSiret);
            return new Example(request, null);
        }
        return example;
    }

    private String snapshot(Probe probe) {
        if (probe == null) {
            return "";
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(probe.sql());
            if (probe.parameter() != null) {
                query.setParameter(1, probe.parameter());
            }
            return String.valueOf(query.getResultList());
        });
    }

    private static String problemType(String body) {
        try {
            JsonNode problem = new ObjectMapper().readTree(body);
            return problem.path("type").asText();
        } catch (IOException e) {
            return "(not JSON) " + abbreviate(body);
        }
    }

    private static String abbreviate(String body) {
        return body == null || body.length() < 300 ? String.valueOf(body) : body.substring(0, 300) + "…";
    }
}
