package fr.relanceiae.shared.database;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * PostgreSQL's binary {@code COPY} format, for the few bulk reads and writes that move hundreds of
 * thousands of rows (an allocation run): a uuid travels as its 16 bytes and an integer as 4, instead
 * of text that one side writes out and the other parses back, and a row is a few reads from a
 * buffer instead of a JDBC result set's conversions. Only the types those callers need.
 */
public final class BinaryCopy {

    private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0 };
    /** PostgreSQL counts timestamps in microseconds from 2000-01-01 UTC. */
    private static final Instant POSTGRES_EPOCH = Instant.parse("2000-01-01T00:00:00Z");
    private static final int BUFFER = 1 << 16;
    private static final short NUMERIC_NEGATIVE = 0x4000;

    private BinaryCopy() {
    }

    /** Reads the rows of {@code COPY (query) TO STDOUT (FORMAT binary)}. */
    public static Reader read(Connection connection, String copyToStdout) throws SQLException, IOException {
        return new Reader(new DataInputStream(new BufferedInputStream(
                new PGCopyInputStream(connection.unwrap(PGConnection.class), copyToStdout), BUFFER)));
    }

    /** Writes rows for {@code COPY table (columns) FROM STDIN (FORMAT binary)}; {@link Writer#finish} ends it. */
    public static Writer write(Connection connection, String copyFromStdin) throws SQLException, IOException {
        PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), copyFromStdin, BUFFER);
        Writer writer = new Writer(copy);
        writer.out.write(SIGNATURE);
        writer.out.writeInt(0); // flags: no OIDs
        writer.out.writeInt(0); // no header extension
        return writer;
    }

    public static final class Reader implements AutoCloseable {
        private final DataInputStream in;

        private Reader(DataInputStream in) throws IOException {
            this.in = in;
            if (!Arrays.equals(in.readNBytes(SIGNATURE.length), SIGNATURE)) {
                throw new IOException("Not a binary COPY stream");
            }
            in.readInt(); // flags
            in.skipNBytes(in.readInt()); // header extension
        }

        /** Moves to the next row; false once past the last (the stream is then read to its end). */
        public boolean next() throws IOException {
            if (in.readShort() != -1) {
                return true;
            }
            while (in.read() != -1) {
                // the end of the COPY: nothing follows the trailer, but the protocol must see it through
            }
            return false;
        }

        public UUID uuid() throws IOException {
            field(16);
            return new UUID(in.readLong(), in.readLong());
        }

        public int int4() throws IOException {
            field(4);
            return in.readInt();
        }

        public long int8() throws IOException {
            field(8);
            return in.readLong();
        }

        public Instant timestamp() throws IOException {
            field(8);
            return POSTGRES_EPOCH.plus(in.readLong(), ChronoUnit.MICROS);
        }

        private void field(int length) throws IOException {
            int actual = in.readInt();
            if (actual != length) {
                throw new IOException(actual == -1 ? "Unexpected NULL in a binary COPY"
                        : "Field of " + actual + " bytes where " + length + " were expected");
            }
        }

        @Override
        public void close() throws IOException {
            in.close(); // cancels the COPY if it was not read to its end
        }
    }

    public static final class Writer {
        private final PGCopyOutputStream copy;
        private final DataOutputStream out;
        /** A bulk write repeats few distinct decimals (a run's weights): each is encoded once. */
        private final Map<BigDecimal, byte[]> numerics = new HashMap<>();

        private Writer(PGCopyOutputStream copy) {
            this.copy = copy;
            this.out = new DataOutputStream(copy);
        }

        public Writer row(int fields) throws IOException {
            out.writeShort(fields);
            return this;
        }

        public Writer uuid(UUID value) throws IOException {
            out.writeInt(16);
            out.writeLong(value.getMostSignificantBits());
            out.writeLong(value.getLeastSignificantBits());
            return this;
        }

        public Writer int4(int value) throws IOException {
            out.writeInt(4);
            out.writeInt(value);
            return this;
        }

        public Writer numeric(BigDecimal value) throws IOException {
            byte[] encoded = numerics.computeIfAbsent(value, BinaryCopy::numeric);
            out.writeInt(encoded.length);
            out.write(encoded);
            return this;
        }

        /** Ends the COPY: answers how many rows PostgreSQL took. */
        public long finish() throws IOException, SQLException {
            out.writeShort(-1);
            out.flush();
            return copy.endCopy();
        }

        /** Abandons the COPY (after a failure): nothing written is kept. */
        public void cancel() {
            try {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            } catch (SQLException ignored) {
                // the transaction fails anyway: what matters is the failure being thrown
            }
        }
    }

    /**
     * A decimal in PostgreSQL's binary {@code numeric}: base-10,000 digits on each side of the
     * decimal point, the weight of the first (in groups of four decimal places), the sign and the
     * number of decimals shown.
     */
    static byte[] numeric(BigDecimal value) {
        BigDecimal decimal = value.scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value;
        String digits = decimal.unscaledValue().abs().toString();
        int scale = decimal.scale();
        int integerLength = digits.length() - scale;
        // Left-pad the integer part and right-pad the decimals to whole groups of four.
        int leftPad = integerLength > 0 ? Math.floorMod(-integerLength, 4) : -integerLength;
        int paddedIntegers = integerLength > 0 ? integerLength + leftPad : 0;
        String padded = "0".repeat(leftPad) + digits + "0".repeat(Math.floorMod(-scale, 4));
        int groups = padded.length() / 4;
        short[] base10000 = new short[groups];
        for (int i = 0; i < groups; i++) {
            base10000[i] = Short.parseShort(padded.substring(4 * i, 4 * i + 4));
        }
        int weight = paddedIntegers / 4 - 1;
        int first = 0;
        while (first < groups && base10000[first] == 0) {
            first++;
            weight--;
        }
        int last = groups;
        while (last > first && base10000[last - 1] == 0) {
            last--;
        }
        int count = last - first;
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(8 + 2 * count);
        bytes.putShort((short) count).putShort((short) (count == 0 ? 0 : weight))
                .putShort(decimal.signum() < 0 ? NUMERIC_NEGATIVE : 0).putShort((short) scale);
        for (int i = first; i < last; i++) {
            bytes.putShort(base10000[i]);
        }
        return bytes.array();
    }
}
