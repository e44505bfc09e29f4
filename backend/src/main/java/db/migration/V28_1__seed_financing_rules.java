package db.migration;

import java.sql.PreparedStatement;
import java.util.UUID;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.relanceiae.financing.compute.FinancingRules;

/**
 * Seeds {@code financing_rule} (created by V28) with the rules of issue 12, read from
 * {@code financing/default-rules.json} itself, so that the file stays their one source. Runs once,
 * as every migration: the rules an admin edits or deletes later are never seeded again.
 */
public class V28_1__seed_financing_rules extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        // Parsed first: an invalid seed file fails the migration rather than storing rules that do not parse.
        FinancingRules.defaults();
        JsonNode rules = new ObjectMapper().readTree(FinancingRules.defaultsJson());
        try (PreparedStatement insert = context.getConnection().prepareStatement(
                "INSERT INTO financing_rule (id, code, position, active, definition, created_at, updated_at, version) "
                        + "VALUES (?, ?, ?, true, cast(? AS jsonb), now(), now(), 0)")) {
            for (int position = 0; position < rules.size(); position++) {
                JsonNode rule = rules.get(position);
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, rule.get("code").asText());
                insert.setInt(3, position);
                insert.setString(4, rule.toString());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
