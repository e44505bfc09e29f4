package fr.relanceiae.reference;

import java.util.AbstractList;
import java.util.List;

/**
 * An immutable list that carries its own JSON form, written once when the reference data is loaded:
 * {@link SerializedListWriter} sends those bytes instead of serialising the list on every call (the
 * sector taxonomy is about 12 KB of JSON, asked for on every page). It is still a {@code List}, so the
 * resources keep their declared types and the OpenAPI contract its schemas.
 */
public final class SerializedList<T> extends AbstractList<T> {

    private final List<T> items;
    private final byte[] json;

    SerializedList(List<T> items, byte[] json) {
        this.items = List.copyOf(items);
        this.json = json.clone();
    }

    @Override
    public T get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    byte[] json() {
        return json;
    }
}
