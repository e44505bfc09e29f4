package fr.relanceiae.testing;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.relanceiae.testing.ApiExamples.Caller;
import fr.relanceiae.testing.ApiExamples.Example;
import fr.relanceiae.testing.ApiExamples.Probe;
import io.restassured.http.ContentType;

/**
 * The examples of the financing operations (issue 12), kept apart from {@link ApiExamples} so that
 * each capability adds its own: diagnostics of fresh structures of the owner's organisation (one
 * open diagnostic per structure), driven to the status each transition needs; rules made fresh
 * for the writes that consume them.
 */
public final class FinancingExamples {

    public static final String DIAGNOSTICS = "/api/v1/financing-diagnostics";
    public static final String RULES = "/api/v1/financing-rules";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiExamples api;
    private final String staffToken;
    private final String adminToken;

    FinancingExamples(ApiExamples api, String staffToken, String adminToken) {
        this.api = api;
        this.staffToken = staffToken;
        this.adminToken = adminToken;
    }

    /** Complete inputs: a structure losing 35 % of its revenue, with a little over a month of cash. */
    public static Map<String, Object> inputs() {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("lastYearRevenue", 480000);
        inputs.put("revenueLossPct", 35);
        inputs.put("variableCostRatePct", 40);
        inputs.put("monthlyFixedCosts", 28000);
        inputs.put("cashOnHand", 45000);
        inputs.put("receivablesDue3m", 30000);
        inputs.put("debtsDue3m", 52000);
        inputs.put("shortTimeWork", false);
        inputs.put("pgeAmount", 0);
        inputs.put("permanentHeadcount", 6);
        inputs.put("insertionFte", 18.5);
        return inputs;
    }

    void define(BiConsumer<String, Function<Caller, Example>> add) {
        add.accept("createFinancingDiagnostic", caller -> {
            UUID structureId = api.newStructure();
            return new Example(json(ApiRequest.of("createFinancingDiagnostic", "POST", DIAGNOSTICS),
                    Map.of("structureId", structureId.toString(), "inputs", inputs())),
                    new Probe("select count(*) from financing_diagnostic where structure_id = ?", structureId));
        });
        add.accept("listFinancingDiagnostics", caller -> new Example(ApiRequest.of("listFinancingDiagnostics", "GET",
                DIAGNOSTICS).queryParam("status", "DRAFT").queryParam("status", "SUBMITTED").queryParam("size", 5), null));
        add.accept("getFinancingDiagnostic", caller -> new Example(ApiRequest.of("getFinancingDiagnostic", "GET",
                DIAGNOSTICS + "/{id}").pathParam("id", diagnostic(0)), null));
        add.accept("updateFinancingDiagnostic", caller -> {
            UUID id = diagnostic(0);
            return new Example(json(ApiRequest.of("updateFinancingDiagnostic", "PUT", DIAGNOSTICS + "/{id}")
                    .pathParam("id", id).header("If-Match", "\"0\""), inputs()), row(id));
        });
        add.accept("submitFinancingDiagnostic", caller -> {
            UUID id = diagnostic(0);
            return new Example(ApiRequest.of("submitFinancingDiagnostic", "POST", DIAGNOSTICS + "/{id}/submit")
                    .pathParam("id", id), row(id));
        });
        add.accept("reviewFinancingDiagnostic", caller -> {
            UUID id = diagnostic(1);
            return new Example(json(ApiRequest.of("reviewFinancingDiagnostic", "POST", DIAGNOSTICS + "/{id}/review")
                    .pathParam("id", id), Map.of("notes", "Appel prévu jeudi.")), row(id));
        });
        add.accept("orientFinancingDiagnostic", caller -> {
            UUID id = diagnostic(2);
            return new Example(json(ApiRequest.of("orientFinancingDiagnostic", "POST", DIAGNOSTICS + "/{id}/orient")
                    .pathParam("id", id), Map.of("instruments", List.of("DLA", "PGE"), "comment",
                            "Prenez contact avec le DLA de votre département.", "followUpDate",
                            LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(30).toString())), row(id));
        });
        add.accept("closeFinancingDiagnostic", caller -> {
            UUID id = diagnostic(0);
            return new Example(json(ApiRequest.of("closeFinancingDiagnostic", "POST", DIAGNOSTICS + "/{id}/close")
                    .pathParam("id", id), Map.of("reason", "Ouvert par erreur")), row(id));
        });
        add.accept("listFinancingRules", caller -> new Example(ApiRequest.of("listFinancingRules", "GET", RULES), null));
        add.accept("getFinancingRule", caller -> new Example(ApiRequest.of("getFinancingRule", "GET", RULES + "/{id}")
                .pathParam("id", newRule()), null));
        add.accept("createFinancingRule", caller -> {
            String code = ruleCode();
            return new Example(json(ApiRequest.of("createFinancingRule", "POST", RULES), rule(code)),
                    new Probe("select count(*) from financing_rule where code = ?", code));
        });
        add.accept("updateFinancingRule", caller -> {
            UUID id = newRule();
            return new Example(json(ApiRequest.of("updateFinancingRule", "PUT", RULES + "/{id}").pathParam("id", id)
                    .header("If-Match", "\"0\""), rule(ruleCode())), ruleRow(id));
        });
        add.accept("deleteFinancingRule", caller -> {
            UUID id = newRule();
            return new Example(ApiRequest.of("deleteFinancingRule", "DELETE", RULES + "/{id}").pathParam("id", id)
                    .header("If-Match", "\"0\""), ruleRow(id));
        });
        add.accept("listAuditEvents", caller -> new Example(ApiRequest.of("listAuditEvents", "GET",
                "/api/v1/audit-events").queryParam("recordType", "FINANCING_DIAGNOSTIC").queryParam("size", 5), null));
        add.accept("getFinancingIndicators", caller -> new Example(ApiRequest.of("getFinancingIndicators", "GET",
                "/api/v1/indicators/financing"), null));
    }

    /**
     * A diagnostic of a fresh structure of the owner's organisation, with complete inputs, taken by a
     * facilitator through {@code steps} transitions: 0 a draft, 1 submitted, 2 in review.
     */
    private UUID diagnostic(int steps) {
        UUID structureId = api.newStructure();
        UUID id = UUID.fromString(given().auth().oauth2(staffToken).contentType(ContentType.JSON)
                .body(Map.of("structureId", structureId.toString(), "inputs", inputs()))
                .when().post(DIAGNOSTICS).then().statusCode(201).extract().path("id"));
        if (steps >= 1) {
            given().auth().oauth2(staffToken).when().post(DIAGNOSTICS + "/" + id + "/submit").then().statusCode(200);
        }
        if (steps >= 2) {
            given().auth().oauth2(staffToken).contentType(ContentType.JSON).body(Map.of())
                    .when().post(DIAGNOSTICS + "/" + id + "/review").then().statusCode(200);
        }
        return id;
    }

    private UUID newRule() {
        return UUID.fromString(given().auth().oauth2(adminToken).contentType(ContentType.JSON).body(rule(ruleCode()))
                .when().post(RULES).then().statusCode(201).extract().path("id"));
    }

    /** A rule that is not in force, so that the examples never change what diagnostics recommend. */
    private static Map<String, Object> rule(String code) {
        return Map.of("code", code, "label", "Garantie France Active dès six mois de trésorerie", "instrument",
                "FRANCE_ACTIVE", "condition", Map.of("field", "runwayMonths", "op", "<", "value", 6), "amount",
                Map.of("mul", List.of(Map.of("field", "lastYearRevenue"), 0.1)), "active", false);
    }

    private static String ruleCode() {
        return "EXEMPLE_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    private static Probe row(UUID id) {
        return new Probe("select row_to_json(t)::text from financing_diagnostic t where id = ?", id);
    }

    private static Probe ruleRow(UUID id) {
        return new Probe("select row_to_json(t)::text from financing_rule t where id = ?", id);
    }

    private static ApiRequest json(ApiRequest request, Object body) {
        try {
            return request.body("application/json", JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
