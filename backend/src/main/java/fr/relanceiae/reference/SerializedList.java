package fr.relanceiae.reference;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * An immutable list that carries its own JSON form, written once when the reference data is loaded
 * (and possibly gzipped then too): {@link SerializedListWriter} sends those bytes instead of serialising
 * the list on every call (the sector taxonomy is about 13 KB of JSON, 3.5 KB gzipped, asked for on every
 * page). It is still a {@code List}, so the resources keep their declared types and the OpenAPI contract
 * its schemas.
 */
public final class SerializedList<T> extends AbstractList<T> {

    private final List<T> items;
    private final byte[] json;
    private final boolean gzipped;

    SerializedList(List<T> items, byte[] json) {
        this(items, json, false);
    }

    private SerializedList(List<T> items, byte[] json, boolean gzipped) {
        this.items = List.copyOf(items);
        this.json = json.clone();
        this.gzipped = gzipped;
    }

    /** The same list whose bytes are its JSON gzipped (sent with {@code Content-Encoding: gzip}). */
    SerializedList<T> gzipped() {
        if (gzipped) {
            return this;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(json.length / 3);
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
        return new SerializedList<>(items, bytes.toByteArray(), true);
    }

    @Override
    public T get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    /** The JSON, gzipped when {@link #isGzipped()}. */
    byte[] json() {
        return json;
    }

    boolean isGzipped() {
        return gzipped;
    }
}
