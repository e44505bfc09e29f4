package fr.relanceiae.directory;

import static fr.relanceiae.directory.DirectoryFixtures.create;
import static fr.relanceiae.directory.DirectoryFixtures.profile;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
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

/**
 * Each operation of the scope table answers a partner token with its scope; without it, the exports refuse it
 * and the public reads give it the anonymous view.
 */
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

    /** The exports stay gated; the public reads answer a partner without the scope as an anonymous visitor. */
    private static final Set<String> GATED = Set.of("exportStructures", "exportStructuresXlsx");

    @Test
    void a_partner_with_every_other_scope_gets_a_403_with_an_insufficient_scope_challenge_on_the_exports() {
        directoryOperations().entrySet().stream().filter(entry -> GATED.contains(entry.getKey())).forEach(entry -> {
            String operation = entry.getKey();
            PartnerScope scope = entry.getValue();
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
    void a_partner_without_the_scope_reads_the_public_directory_as_an_anonymous_visitor() {
        String others = PartnerScope.SOURCING_WRITE.value();
        directoryOperations().keySet().stream().filter(operation -> !GATED.contains(operation))
                .forEach(operation -> given().auth().oauth2(TestTokens.partner(others))
                        .when().get(requests.get(operation))
                        .then().statusCode(200));
        given().auth().oauth2(TestTokens.partner(others)).when().get(requests.get("getStructure"))
                .then().statusCode(200)
                .body("contactsHidden", equalTo(true))
                .body("email", nullValue())
                .body("phone", nullValue());
        given().auth().oauth2(TestTokens.partner(PartnerScope.DIRECTORY_READ.value()))
                .when().get(requests.get("getStructure"))
                .then().statusCode(200)
                .body("contactsHidden", equalTo(false))
                .body("email", notNullValue());
    }

    @Test
    void a_partner_without_any_scope_gets_a_403_on_an_export() {
        given().auth().oauth2(TestTokens.partner())
                .when().get(requests.get("exportStructures"))
                .then().statusCode(403)
                .header("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"directory:read\"");
    }

    @Test
    void people_need_no_scope() {
        given().auth().oauth2(DirectoryFixtures.BUYER).when().get(requests.get("searchStructures")).then().statusCode(200);
    }
}
