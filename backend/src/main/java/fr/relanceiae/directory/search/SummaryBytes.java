package fr.relanceiae.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;

import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.reference.StructureKind;

/**
 * A structure's summary and name order as its document stores them ({@link StructureDocuments#SUMMARY}),
 * so that a restart from the saved index takes them from there rather than from the database
 * (reading 4,000 structures' rows, activities and offers was a quarter of that index's start). The
 * bytes are only ever read by the build that wrote them: a saved index from another build is not read
 * ({@link SavedIndex#fingerprint}), so the layout may change freely.
 */
final class SummaryBytes {

    private SummaryBytes() {
    }

    static BytesRef of(IndexedStructure structure) {
        StructureSummary summary = structure.summary();
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeLong(summary.id().getMostSignificantBits());
            out.writeLong(summary.id().getLeastSignificantBits());
            out.writeString(summary.siret());
            out.writeString(summary.name());
            optional(out, summary.brand());
            out.writeString(summary.kind().name());
            optional(out, summary.postCode());
            optional(out, summary.city());
            optional(out, summary.department());
            optional(out, summary.latitude());
            optional(out, summary.longitude());
            optional(out, summary.insertionFte() == null ? null : summary.insertionFte().toString());
            list(out, summary.sectors());
            list(out, summary.prestaTypes().stream().map(PrestaType::name).toList());
            list(out, summary.labels());
            list(out, summary.networks());
            out.writeVInt(summary.offerCount());
            out.writeByte((byte) (summary.active() ? 1 : 0));
            out.writeVInt(summary.completionRate());
            out.writeString(structure.nameOrder());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: never happens
        }
        return new BytesRef(out.toArrayCopy());
    }

    /** The structure these bytes were written from, with the stamp its document carries. */
    static IndexedStructure read(BytesRef bytes, String stamp) {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        try {
            UUID id = new UUID(in.readLong(), in.readLong());
            String siret = in.readString();
            String name = in.readString();
            String brand = optional(in);
            StructureKind kind = StructureKind.valueOf(in.readString());
            String postCode = optional(in);
            String city = optional(in);
            String department = optional(in);
            Double latitude = optionalDouble(in);
            Double longitude = optionalDouble(in);
            String insertionFte = optional(in);
            List<String> sectors = list(in, Function.identity());
            List<PrestaType> prestaTypes = list(in, PrestaType::valueOf);
            List<String> labels = list(in, Function.identity());
            List<String> networks = list(in, Function.identity());
            int offerCount = in.readVInt();
            boolean active = in.readByte() == 1;
            int completionRate = in.readVInt();
            StructureSummary summary = new StructureSummary(id, siret, name, brand, kind, postCode, city, department,
                    latitude, longitude, insertionFte == null ? null : new BigDecimal(insertionFte), sectors,
                    prestaTypes, labels, networks, offerCount, active, completionRate, null);
            return new IndexedStructure(summary, in.readString(), stamp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void optional(DataOutput out, String value) throws IOException {
        out.writeByte((byte) (value == null ? 0 : 1));
        if (value != null) {
            out.writeString(value);
        }
    }

    private static void optional(DataOutput out, Double value) throws IOException {
        out.writeByte((byte) (value == null ? 0 : 1));
        if (value != null) {
            out.writeLong(Double.doubleToRawLongBits(value));
        }
    }

    private static void list(DataOutput out, List<String> values) throws IOException {
        out.writeVInt(values.size());
        for (String value : values) {
            out.writeString(value);
        }
    }

    private static String optional(DataInput in) throws IOException {
        return in.readByte() == 0 ? null : in.readString();
    }

    private static Double optionalDouble(DataInput in) throws IOException {
        return in.readByte() == 0 ? null : Double.longBitsToDouble(in.readLong());
    }

    private static <T> List<T> list(DataInput in, Function<String, T> parse) throws IOException {
        int size = in.readVInt();
        List<T> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(parse.apply(in.readString()));
        }
        return List.copyOf(values);
    }
}
