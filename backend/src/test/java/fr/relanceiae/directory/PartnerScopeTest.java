package fr.relanceiae.directory;

import static fr.relanceiae.directory.DirectoryFixtures.create;
import static fr.relanceiae.directory.DirectoryFixtures.profile;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.relanceiae.shared.security.PartnerScope;
import fr.relanceiae.shared.security.ScopeRequirements;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Each operation of the scope table answers a partner token with its scope, and refuses one without it. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class PartnerScopeTest {

    private Map<String, String> requests;

    @BeforeEach
    void oneRequestPerOperation() {
        Map<String, Object> body = profile("Portées SARL");
        UUID id = create(body);
        requests = Map.ofEntries(
                Map.entry("searchStructures", "/api/v1/structures?q=portees"),
                Map.entry("exportStructures", "/api/v1/structures/export.csv?q=portees"),
                Map.entry("exportStructuresXlsx", "/api/v1/structures/export.xlsx?q=portees"),
                Map.entry("getStructure", "/api/v1/structures/" + id),
                Map.entry("getStructureBySiret", "/api/v1/structures/by-siret/" + body.get("siret")),
                Map.entry("listStructureLabels", "/api/v1/structure-labels"),
                Map.entry("listStructureNetworks", "/api/v1/structure-networks"),
                Map.entry("listSectors", "/api/v1/sectors"),
                Map.entry("listDepartments", "/api/v1/departments"),
                Map.entry("searchCommunes", "/api/v1/communes?q=Montreuil"),
                Map.entry("listStructureKinds", "/api/v1/structure-kinds"),
                Map.entry("listPrestaTypes", "/api/v1/presta-types"));
    }

    /** The directory's gated operations (sourcing's scopes are tried by the access matrix's partner columns). */
    private static Map<String, PartnerScope> directoryOperations() {
        return ScopeRequirements.all().entrySet().stream().filter(entry -> entry.getValue() == PartnerScope.DIRECTORY_READ)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void every_gated_operation_of_the_directory_is_tried_here() {
        assertThat(requests.keySet()).containsExactlyInAnyOrderElementsOf(directoryOperations().keySet());
    }

    @Test
    void a_partner_with_the_scope_is_answered() {
        directoryOperations().forEach((operation, scope) -> given().auth().oauth2(TestTokens.partner(scope.value()))
                .when().get(requests.get(operation))
                .then().statusCode(200));
    }

    @Test
    void a_partner_with_every_other_scope_gets_a_403_with_an_insufficient_scope_challenge() {
        directoryOperations().forEach((operation, scope) -> {
            String[] others = Arrays.stream(PartnerScope.values()).filter(other -> other != scope)
                    .map(PartnerScope::value).toArray(String[]::new);
            given().auth().oauth2(TestTokens.partner(others))
                    .when().get(requests.get(operation))
                    .then().statusCode(403)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"" + scope.value() + "\"")
                    .body("type", equalTo("https://relance-iae.fr/problems/forbidden"))
                    .body("detail", containsString(scope.value()));
        });
    }

    @Test
    void a_partner_without_any_scope_gets_a_403() {
        given().auth().oauth2(TestTokens.partner())
                .when().get(requests.get("searchStructures"))
                .then().statusCode(403)
                .header("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"directory:read\"");
    }

    @Test
    void people_need_no_scope() {
        given().auth().oauth2(DirectoryFixtures.BUYER).when().get(requests.get("searchStructures")).then().statusCode(200);
    }
}
