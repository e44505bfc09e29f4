package fr.relanceiae.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The binary COPY reader and writer against the real server: what one writes, PostgreSQL and the other read back. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class BinaryCopyTest {

    private static final List<String> DECIMALS = List.of("0", "0.00", "0.01", "0.05", "0.75", "1", "1.00", "2.5", "2.50",
            "12.34", "999.99", "1000", "10000", "10000.01", "12345678.99", "-3.25", "0.0001", "0.00005", "1E+3");

    @Inject
    DataSource dataSource;

    @Test
    void writesRowsPostgresqlReadsAsTheSameValues() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TEMP TABLE copied (id uuid, n integer, amount numeric(20, 6))");
            List<UUID> ids = new ArrayList<>();
            BinaryCopy.Writer writer = BinaryCopy.write(connection, "COPY copied (id, n, amount) FROM STDIN (FORMAT binary)");
            for (int i = 0; i < DECIMALS.size(); i++) {
                ids.add(UUID.randomUUID());
                writer.row(3).uuid(ids.get(i)).int4(i - 5).numeric(new BigDecimal(DECIMALS.get(i)));
            }
            assertThat(writer.finish()).isEqualTo(DECIMALS.size());
            try (ResultSet rows = sql.executeQuery("SELECT id, n, amount FROM copied ORDER BY n")) {
                for (int i = 0; i < DECIMALS.size(); i++) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getObject(1, UUID.class)).isEqualTo(ids.get(i));
                    assertThat(rows.getInt(2)).isEqualTo(i - 5);
                    assertThat(rows.getBigDecimal(3)).as(DECIMALS.get(i)).isEqualByComparingTo(DECIMALS.get(i));
                }
                assertThat(rows.next()).isFalse();
            }
            sql.execute("DROP TABLE copied");
        }
    }

    @Test
    void encodesDecimalsAsPostgresqlDoes() throws Exception {
        // PostgreSQL's own binary form of each decimal (numeric_send), against the encoder's.
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            for (String decimal : DECIMALS) {
                BigDecimal value = new BigDecimal(decimal);
                String literal = value.toPlainString();
                try (ResultSet row = sql.executeQuery("SELECT numeric_send('" + literal + "'::numeric)")) {
                    row.next();
                    assertThat(BinaryCopy.numeric(value)).as(decimal).isEqualTo(row.getBytes(1));
                }
            }
        }
    }

    @Test
    void readsRowsAsWritten() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            UUID id = UUID.randomUUID();
            Instant at = Instant.parse("2026-03-17T08:30:15.123456Z");
            List<String> read = new ArrayList<>();
            try (BinaryCopy.Reader rows = BinaryCopy.read(connection, "COPY (SELECT '" + id + "'::uuid, n, n * 10000000000, "
                    + "'" + at + "'::timestamptz + n * interval '1 day' FROM generate_series(1, 3) AS n ORDER BY n) "
                    + "TO STDOUT (FORMAT binary)")) {
                while (rows.next()) {
                    read.add(rows.uuid() + " " + rows.int4() + " " + rows.int8() + " " + rows.timestamp());
                }
            }
            assertThat(read).containsExactly(
                    id + " 1 10000000000 2026-03-18T08:30:15.123456Z",
                    id + " 2 20000000000 2026-03-19T08:30:15.123456Z",
                    id + " 3 30000000000 2026-03-20T08:30:15.123456Z");
            // The connection is usable again once the COPY has been read to its end.
            try (ResultSet row = sql.executeQuery("SELECT 1")) {
                assertThat(row.next()).isTrue();
            }
        }
    }

    @Test
    void movesRowsOverManyBuffersBothWays() throws Exception {
        // 20,000 rows of 38 bytes: both sides fill and refill their 64 KB buffer a dozen times,
        // rows and fields straddling the buffers' ends.
        int count = 20_000;
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TEMP TABLE many (id uuid, n integer, m integer)");
            List<UUID> ids = new ArrayList<>();
            BinaryCopy.Writer writer = BinaryCopy.write(connection, "COPY many (id, n, m) FROM STDIN (FORMAT binary)");
            for (int i = 0; i < count; i++) {
                ids.add(UUID.randomUUID());
                writer.row(3).uuid(ids.get(i)).int4(i).int4(-7 * i);
            }
            assertThat(writer.finish()).isEqualTo(count);
            try (ResultSet totals = sql.executeQuery("SELECT count(*), sum(n), sum(m), count(DISTINCT id) FROM many")) {
                totals.next();
                assertThat(totals.getLong(1)).isEqualTo(count);
                assertThat(totals.getLong(2)).isEqualTo((long) count * (count - 1) / 2);
                assertThat(totals.getLong(3)).isEqualTo(-7L * count * (count - 1) / 2);
                assertThat(totals.getLong(4)).isEqualTo(count);
            }
            int read = 0;
            try (BinaryCopy.Reader rows = BinaryCopy.read(connection,
                    "COPY (SELECT id, n, m FROM many ORDER BY n) TO STDOUT (FORMAT binary)")) {
                while (rows.next()) {
                    assertThat(rows.uuid()).isEqualTo(ids.get(read));
                    assertThat(rows.int4()).isEqualTo(read);
                    assertThat(rows.int4()).isEqualTo(-7 * read);
                    read++;
                }
            }
            assertThat(read).isEqualTo(count);
            sql.execute("DROP TABLE many");
        }
    }

    @Test
    void refusesANullOrAFieldOfAnotherType() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            try (BinaryCopy.Reader rows = BinaryCopy.read(connection,
                    "COPY (SELECT NULL::uuid) TO STDOUT (FORMAT binary)")) {
                assertThat(rows.next()).isTrue();
                assertThatThrownBy(rows::uuid).isInstanceOf(IOException.class).hasMessageContaining("NULL");
            }
            try (BinaryCopy.Reader rows = BinaryCopy.read(connection,
                    "COPY (SELECT 7::bigint) TO STDOUT (FORMAT binary)")) {
                assertThat(rows.next()).isTrue();
                assertThatThrownBy(rows::int4).isInstanceOf(IOException.class).hasMessageContaining("8 bytes");
            }
        }
    }
}
