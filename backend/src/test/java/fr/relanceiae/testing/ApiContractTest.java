package fr.relanceiae.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The contract validator the fuzz test relies on: it must catch what it claims to. */
class ApiContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ApiContract contract = ApiContract.ofRepository();

    private JsonNode schema(String name) {
        return JSON.createObjectNode().put("$ref", "#/components/schemas/" + name);
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void a_valid_value_passes() throws Exception {
        assertThat(contract.validate(schema("OrganisationRef"),
                json("{\"id\":\"0b7c1a52-3c55-4f40-8d43-2f1b4c7f9e10\",\"name\":\"Ville\",\"kind\":\"PUBLIC_BUYER\"}"))).isEmpty();
    }

    @Test
    void a_missing_required_field_a_wrong_type_a_bad_uuid_and_an_unknown_enum_value_are_each_reported() throws Exception {
        assertThat(contract.validate(schema("OrganisationRef"), json("{\"id\":\"nope\",\"name\":3,\"kind\":\"ROI\"}")))
                .containsExactlyInAnyOrder("$.id: \"nope\" is not a uuid", "$.name: NUMBER where string is expected",
                        "$.kind: \"ROI\" is not in [\"PUBLIC_BUYER\",\"PRIVATE_BUYER\",\"SIAE\",\"NETWORK\",\"PARTNER\",\"PLATFORM\"]");
        assertThat(contract.validate(schema("OrganisationRef"), json("{\"name\":\"Ville\",\"kind\":\"SIAE\"}")))
                .containsExactly("$.id: required but absent");
    }

    @Test
    void array_items_nested_references_and_date_times_are_checked() throws Exception {
        JsonNode page = json("{\"items\":[{\"id\":\"0b7c1a52-3c55-4f40-8d43-2f1b4c7f9e10\",\"name\":\"O\",\"kind\":\"SIAE\","
                + "\"active\":true,\"userCount\":1.5,\"createdAt\":\"hier\",\"version\":0}],\"page\":0,\"size\":20,\"totalItems\":1}");
        assertThat(contract.validate(schema("OrganisationPage"), page))
                .containsExactlyInAnyOrder("$.items[0].userCount: NUMBER where integer is expected",
                        "$.items[0].createdAt: \"hier\" is not a date-time");
    }

    @Test
    void every_operation_of_the_contract_has_an_id() {
        assertThat(contract.operations()).isNotEmpty().allSatisfy(operation -> assertThat(operation.id()).isNotBlank());
    }
}
