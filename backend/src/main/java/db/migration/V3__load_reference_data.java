package db.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loads the sector taxonomy, the departments and the communes from the files in
 * {@code src/main/resources/reference/} (see the README there): the first two
 * with JDBC batches, the communes with COPY.
 * The class name is Flyway's naming convention for a versioned Java migration.
 */
public class V3__load_reference_data extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V3__load_reference_data.class);
    private static final String FOLDER = "reference/";

    @Override
    public void migrate(Context context) throws Exception {
        long start = System.nanoTime();
        Connection connection = context.getConnection();
        int sectors = loadSectors(connection);
        int departments = loadDepartments(connection);
        int communes = loadCommunes(connection);
        LOG.infof("Loaded %d sectors, %d departments and %d communes in %d ms", sectors, departments, communes,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Positions follow French alphabetical order: groups by name, then sectors by name within a group. */
    private int loadSectors(Connection connection) throws IOException, SQLException {
        List<JsonNode> groups;
        try (InputStream in = open("sectors.json")) {
            groups = byName(new ObjectMapper().readTree(in).path("groups"));
        }
        int sectorCount = 0;
        try (PreparedStatement group = connection.prepareStatement(
                "INSERT INTO sector_group (slug, name, position) VALUES (?, ?, ?)");
                PreparedStatement sector = connection.prepareStatement(
                        "INSERT INTO sector (slug, group_slug, name, position) VALUES (?, ?, ?, ?)")) {
            int groupPosition = 0;
            for (JsonNode g : groups) {
                String groupSlug = g.path("slug").asText();
                group.setString(1, groupSlug);
                group.setString(2, g.path("name").asText());
                group.setInt(3, ++groupPosition);
                group.addBatch();
                int sectorPosition = 0;
                for (JsonNode s : byName(g.path("sectors"))) {
                    sector.setString(1, s.path("slug").asText());
                    sector.setString(2, groupSlug);
                    sector.setString(3, s.path("name").asText());
                    sector.setInt(4, ++sectorPosition);
                    sector.addBatch();
                    sectorCount++;
                }
            }
            group.executeBatch();
            sector.executeBatch();
        }
        return sectorCount;
    }

    private static List<JsonNode> byName(JsonNode items) {
        Collator french = Collator.getInstance(Locale.FRENCH);
        List<JsonNode> sorted = new ArrayList<>();
        items.forEach(sorted::add);
        sorted.sort(Comparator.comparing(item -> item.path("name").asText(), french));
        return sorted;
    }

    private int loadDepartments(Connection connection) throws IOException, SQLException {
        List<String[]> rows = readCsv("departments.csv", 4);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO department (code, name, region_code, region_name) VALUES (?, ?, ?, ?)")) {
            for (String[] row : rows) {
                insert.setString(1, row[0]);
                insert.setString(2, row[1]);
                insert.setString(3, emptyToNull(row[2]));
                insert.setString(4, emptyToNull(row[3]));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return rows.size();
    }

    /** One COPY rather than batches of inserts: the 35,058 rows in one stream. */
    private int loadCommunes(Connection connection) throws IOException, SQLException {
        List<String[]> rows = readCsv("communes.csv", 6);
        StringBuilder csv = new StringBuilder(rows.size() * 64);
        for (String[] row : rows) {
            // An unquoted empty field is NULL (the coordinates of a few overseas communes).
            csv.append(row[0]).append(',').append(quoted(row[1])).append(',').append(row[2]).append(',')
                    .append(quoted("{" + row[3].replace('|', ',') + "}")).append(',')
                    .append(row[4]).append(',').append(row[5]).append('\n');
        }
        long copied = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "COPY commune (insee_code, name, department_code, post_codes, latitude, longitude) FROM STDIN (FORMAT csv)",
                new StringReader(csv.toString()));
        if (copied != rows.size()) {
            throw new IllegalStateException("Copied " + copied + " communes out of " + rows.size());
        }
        return rows.size();
    }

    private static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** The data rows of a comma-separated file with a header line; the files have no quoted fields. */
    private List<String[]> readCsv(String file, int columns) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> {
                String[] fields = line.split(",", -1);
                if (fields.length != columns) {
                    throw new IllegalStateException(file + ": expected " + columns + " fields in: " + line);
                }
                return fields;
            }).toList();
        }
    }

    private InputStream open(String file) throws IOException {
        InputStream in = V3__load_reference_data.class.getClassLoader().getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IOException("Reference file not found on the classpath: " + FOLDER + file);
        }
        return in;
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
