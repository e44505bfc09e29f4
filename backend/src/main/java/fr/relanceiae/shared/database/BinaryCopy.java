package fr.relanceiae.shared.database;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
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
        return new Reader(new PGCopyInputStream(connection.unwrap(PGConnection.class), copyToStdout));
    }

    /** Writes rows for {@code COPY table (columns) FROM STDIN (FORMAT binary)}; {@link Writer#finish} ends it. */
    public static Writer write(Connection connection, String copyFromStdin) throws SQLException, IOException {
        Writer writer = new Writer(new PGCopyOutputStream(connection.unwrap(PGConnection.class), copyFromStdin, BUFFER));
        writer.room(SIGNATURE.length + 8);
        writer.buffer.put(SIGNATURE).putInt(0).putInt(0); // no flags (no OIDs), no header extension
        return writer;
    }

    /*
     * Both sides go through a buffer of their own, read and written a block at a time: through
     * a DataInput/OutputStream, each integer was a few calls to the driver's synchronised
     * stream, some fifty per row of an allocation run, mostly run before the JIT compiles them.
     */

    public static final class Reader implements AutoCloseable {
        private final InputStream in;
        private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER).flip();

        private Reader(InputStream in) throws IOException {
            this.in = in;
            byte[] signature = new byte[SIGNATURE.length];
            need(SIGNATURE.length + 8);
            buffer.get(signature);
            if (!Arrays.equals(signature, SIGNATURE)) {
                throw new IOException("Not a binary COPY stream");
            }
            buffer.getInt(); // flags
            int extension = buffer.getInt();
            need(extension);
            buffer.position(buffer.position() + extension);
        }

        /** Moves to the next row; false once past the last (the stream is then read to its end). */
        public boolean next() throws IOException {
            need(2);
            if (buffer.getShort() != -1) {
                return true;
            }
            while (in.read() != -1) {
                // the end of the COPY: nothing follows the trailer, but the protocol must see it through
            }
            return false;
        }

        public UUID uuid() throws IOException {
            field(16);
            return new UUID(buffer.getLong(), buffer.getLong());
        }

        public int int4() throws IOException {
            field(4);
            return buffer.getInt();
        }

        public long int8() throws IOException {
            field(8);
            return buffer.getLong();
        }

        public Instant timestamp() throws IOException {
            field(8);
            return POSTGRES_EPOCH.plus(buffer.getLong(), ChronoUnit.MICROS);
        }

        /** Reads a field's length, checks it, and makes sure its bytes are in the buffer. */
        private void field(int length) throws IOException {
            need(4);
            int actual = buffer.getInt();
            if (actual != length) {
                throw new IOException(actual == -1 ? "Unexpected NULL in a binary COPY"
                        : "Field of " + actual + " bytes where " + length + " were expected");
            }
            need(length);
        }

        /** Makes sure the next {@code bytes} bytes are in the buffer, reading more from the stream. */
        private void need(int bytes) throws IOException {
            if (buffer.remaining() >= bytes) {
                return;
            }
            if (bytes > buffer.capacity()) {
                throw new IOException("Field of " + bytes + " bytes: too long for a binary COPY read");
            }
            buffer.compact();
            while (buffer.position() < bytes) {
                int read = in.read(buffer.array(), buffer.position(), buffer.remaining());
                if (read == -1) {
                    throw new EOFException("Binary COPY stream ended in the middle of a row");
                }
                buffer.position(buffer.position() + read);
            }
            buffer.flip();
        }

        @Override
        public void close() throws IOException {
            in.close(); // cancels the COPY if it was not read to its end
        }
    }

    public static final class Writer {
        private final PGCopyOutputStream copy;
        private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        /** A bulk write repeats few distinct decimals (a run's weights): each is encoded once. */
        private final Map<BigDecimal, byte[]> numerics = new HashMap<>();

        private Writer(PGCopyOutputStream copy) {
            this.copy = copy;
        }

        public Writer row(int fields) throws IOException {
            room(2);
            buffer.putShort((short) fields);
            return this;
        }

        public Writer uuid(UUID value) throws IOException {
            room(20);
            buffer.putInt(16).putLong(value.getMostSignificantBits()).putLong(value.getLeastSignificantBits());
            return this;
        }

        public Writer int4(int value) throws IOException {
            room(8);
            buffer.putInt(4).putInt(value);
            return this;
        }

        public Writer numeric(BigDecimal value) throws IOException {
            byte[] encoded = numerics.computeIfAbsent(value, BinaryCopy::numeric);
            room(4 + encoded.length);
            buffer.putInt(encoded.length).put(encoded);
            return this;
        }

        /** Ends the COPY: answers how many rows PostgreSQL took. */
        public long finish() throws IOException, SQLException {
            room(2);
            buffer.putShort((short) -1);
            send();
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

        /** Makes room for {@code bytes} more bytes, sending what the buffer holds when it lacks it. */
        private void room(int bytes) throws IOException {
            if (buffer.remaining() < bytes) {
                send();
                if (buffer.remaining() < bytes) {
                    throw new IOException("Field of " + bytes + " bytes: too long for a binary COPY write");
                }
            }
        }

        private void send() throws IOException {
            copy.write(buffer.array(), 0, buffer.position());
            buffer.clear();
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
        ByteBuffer bytes = ByteBuffer.allocate(8 + 2 * count);
        bytes.putShort((short) count).putShort((short) (count == 0 ? 0 : weight))
                .putShort(decimal.signum() < 0 ? NUMERIC_NEGATIVE : 0).putShort((short) scale);
        for (int i = first; i < last; i++) {
            bytes.putShort(base10000[i]);
        }
        return bytes.array();
    }
}
