package fr.relanceiae.financing.diagnostic;

import static fr.relanceiae.financing.FinancingFixtures.AUDIT;
import static fr.relanceiae.financing.FinancingFixtures.DIAGNOSTICS;
import static fr.relanceiae.financing.FinancingFixtures.count;
import static fr.relanceiae.financing.FinancingFixtures.draft;
import static fr.relanceiae.financing.FinancingFixtures.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.relanceiae.financing.FinancingFixtures;
import fr.relanceiae.sourcing.request.SourcingFixtures;
import fr.relanceiae.sourcing.request.SourcingFixtures.Caller;
import fr.relanceiae.supply.SupplyFixtures.TestStructure;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestTokens;
import fr.relanceiae.shared.security.Roles;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A diagnostic is its structure's, its facilitators' and its admins' only; every read by someone
 * other than the structure's users is in the audit log, list reads included, and only admins read
 * the log.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class FinancingConfidentialityTest {

    private static final String AUDITED = "select count(*) from audit_event where record_type = 'FINANCING_DIAGNOSTIC' "
            + "and record_id = ?1";

    @Test
    void buyers_partners_and_other_structures_do_not_see_a_diagnostic() {
        TestStructure structure = FinancingFixtures.structure();
        UUID id = draft(FinancingFixtures.owner(structure), structure.id());
        Caller otherSiae = FinancingFixtures.owner(FinancingFixtures.structure());

        SourcingFixtures.buyer().as().when().get(DIAGNOSTICS + "/" + id).then().statusCode(403);
        SourcingFixtures.buyer().as().when().get(DIAGNOSTICS).then().statusCode(403);
        String partner = TestTokens.partner("indicators:read", "directory:read");
        io.restassured.RestAssured.given().auth().oauth2(partner).when().get(DIAGNOSTICS + "/" + id).then()
                .statusCode(403);
        io.restassured.RestAssured.given().auth().oauth2(partner).when().get(DIAGNOSTICS).then().statusCode(403);
        otherSiae.as().when().get(DIAGNOSTICS + "/" + id).then().statusCode(404).contentType("application/problem+json");
        otherSiae.as().header("If-Match", "\"0\"").body(FinancingFixtures.inputs()).when().put(DIAGNOSTICS + "/" + id)
                .then().statusCode(404);
        otherSiae.as().body(Map.of()).when().post(DIAGNOSTICS + "/" + id + "/submit").then().statusCode(404);
        otherSiae.as().queryParam("structureId", structure.id().toString()).when().get(DIAGNOSTICS).then()
                .statusCode(200).body("totalItems", equalTo(0));
        otherSiae.as().when().get(DIAGNOSTICS).then().statusCode(200)
                .body("items.id", not(hasItem(id.toString())));

        assertThat(count(AUDITED, id)).as("refused reads are not reads").isZero();
        assertThat(rows("select status, version from financing_diagnostic where id = ?1", id)).singleElement()
                .satisfies(row -> assertThat((Object[]) row).containsExactly("DRAFT", 0L));
    }

    @Test
    void the_structure_reads_its_own_diagnostic_without_an_audit_event() {
        TestStructure structure = FinancingFixtures.structure();
        Caller owner = FinancingFixtures.owner(structure);
        UUID id = draft(owner, structure.id());

        owner.as().when().get(DIAGNOSTICS + "/" + id).then().statusCode(200);
        owner.as().when().get(DIAGNOSTICS).then().statusCode(200).body("items.id", hasItem(id.toString()));
        owner.as().header("If-Match", "\"0\"").body(FinancingFixtures.inputs()).when().put(DIAGNOSTICS + "/" + id)
                .then().statusCode(200);

        assertThat(count(AUDITED, id)).isZero();
    }

    @Test
    void every_read_by_a_facilitator_or_an_admin_is_audited_list_reads_included() {
        TestStructure structure = FinancingFixtures.structure();
        UUID id = draft(FinancingFixtures.owner(structure), structure.id());
        Caller staff = FinancingFixtures.facilitator();
        Caller admin = FinancingFixtures.admin();

        staff.as().when().get(DIAGNOSTICS + "/" + id).then().statusCode(200);
        staff.as().queryParam("structureId", structure.id().toString()).when().get(DIAGNOSTICS).then().statusCode(200)
                .body("items.id", hasItem(id.toString()));
        admin.as().when().get(DIAGNOSTICS + "/" + id).then().statusCode(200).body("reviewNotes",
                org.hamcrest.Matchers.nullValue());
        admin.as().header("If-Match", "\"0\"").body(FinancingFixtures.inputs()).when().put(DIAGNOSTICS + "/" + id)
                .then().statusCode(403);

        assertThat(rows("select actor_user_id, actor_role, action from audit_event where record_id = ?1 order by id",
                id)).extracting(row -> java.util.Arrays.asList((Object[]) row)).containsExactly(
                        java.util.List.of(staff.userId(), "facilitator", "READ"),
                        java.util.List.of(staff.userId(), "facilitator", "LIST"),
                        java.util.List.of(admin.userId(), "admin", "READ"));

        String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
        admin.as().queryParam("recordId", id.toString()).queryParam("from", today).queryParam("to", today).when()
                .get(AUDIT).then().statusCode(200).body("totalItems", equalTo(3))
                .body("items[0].action", equalTo("READ")).body("items[0].actorRole", equalTo("admin"))
                .body("items[2].actorUserId", equalTo(staff.userId().toString()))
                .body("items[2].actorName", equalTo("Personne de test"))
                .body("items.recordType", everyItem(equalTo("FINANCING_DIAGNOSTIC")));
        admin.as().queryParam("actor", staff.userId().toString()).queryParam("recordType", "FINANCING_DIAGNOSTIC")
                .when().get(AUDIT).then().statusCode(200).body("totalItems", equalTo(2));
        admin.as().queryParam("recordId", id.toString()).queryParam("to", LocalDate.now(ZoneId.of("Europe/Paris"))
                .minusDays(1).toString()).when().get(AUDIT).then().statusCode(200).body("totalItems", equalTo(0));
        admin.as().queryParam("from", "2026-02-31").when().get(AUDIT).then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        staff.as().when().get(AUDIT).then().statusCode(403);
        io.restassured.RestAssured.given().auth().oauth2(TestTokens.valid(Roles.SIAE)).when().get(AUDIT).then()
                .statusCode(403);
    }
}
