package fr.relanceiae.barometer.dashboard;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The indicators as a test reads them: the JSON of a request, its cells found by week, department and kind. */
final class IndicatorCells {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IndicatorCells() {
    }

    /** GET /indicators/activity with these query parameters (name, value, name, value…), answered 200. */
    static JsonNode get(String token, String... parameters) {
        var request = given().auth().oauth2(token);
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.queryParam(parameters[i], parameters[i + 1]);
        }
        String body = request.when().get("/api/v1/indicators/activity").then().statusCode(200).extract().asString();
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    static List<JsonNode> cells(JsonNode indicators) {
        List<JsonNode> cells = new ArrayList<>();
        indicators.path("cells").forEach(cells::add);
        return cells;
    }

    /** The cell of this week, department and kind (null: all); fails when there is none. */
    static JsonNode cell(JsonNode indicators, String week, String department, String kind) {
        return find(indicators, week, department, kind).orElseThrow(() -> new AssertionError("No cell " + week + " "
                + department + " " + kind + " in " + indicators));
    }

    static java.util.Optional<JsonNode> find(JsonNode indicators, String week, String department, String kind) {
        return cells(indicators).stream().filter(cell -> cell.path("week").asText().equals(week)
                && Objects.equals(text(cell, "department"), department) && Objects.equals(text(cell, "kind"), kind))
                .findFirst();
    }

    /** What a cell totals, as the {@code level} parameter names it. */
    static String level(JsonNode cell) {
        boolean department = text(cell, "department") != null;
        boolean kind = text(cell, "kind") != null;
        return department ? (kind ? "DEPARTMENT_AND_KIND" : "DEPARTMENT") : (kind ? "KIND" : "WEEK");
    }

    /** The cells of these levels, in the answer's order. */
    static List<JsonNode> ofLevels(JsonNode indicators, String... levels) {
        List<String> kept = List.of(levels);
        return cells(indicators).stream().filter(cell -> kept.contains(level(cell))).toList();
    }

    static String text(JsonNode cell, String field) {
        JsonNode value = cell.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** A need's share or an obstacle's count, from its list. */
    static double entry(JsonNode cell, String list, String codeField, String code, String valueField) {
        for (JsonNode item : cell.path(list)) {
            if (item.path(codeField).asText().equals(code)) {
                return item.path(valueField).asDouble();
            }
        }
        throw new AssertionError("No " + code + " in " + cell.path(list));
    }

    static Map<String, Object> asMap(JsonNode cell) {
        return JSON.convertValue(cell, Map.class);
    }
}
