package fr.relanceiae.directory.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

import fr.relanceiae.directory.Coverage;
import fr.relanceiae.directory.GeoRange;
import fr.relanceiae.reference.PrestaType;

/**
 * The index's documents: one per structure, with the words searched (French
 * text fields), the values filtered on (exact terms, points) and the values the
 * facets count and the ordering reads (doc values: column-wise, one read per
 * match, no limit on how many groups or departments there are). Results are built from
 * {@link IndexedStructure}s in memory; each document also stores its own ({@link #SUMMARY}), which
 * only a restart from the saved index reads.
 */
final class StructureDocuments {

    static final String ID = "id";
    /** Everything searched: name, brand, sectors, offers' titles and descriptions. Each query word must be in it. */
    static final String TEXT = "text";
    /** Name and brand again: a query word found there weighs more. */
    static final String TITLE = "title";
    /** Name and brand word by word, unstemmed: typo-tolerant matching. */
    static final String NAME_WORDS = "nameWords";
    // Exact values.
    static final String ACTIVE = "active";
    static final String KIND = "kind";
    static final String SIREN = "siren";
    static final String SIRET = "siret";
    static final String LABEL = "label";
    static final String NETWORK = "network";
    static final String SECTOR = "sector";
    static final String PRESTA_TYPE = "prestaType";
    /** "sector/prestaType" of each activity: both filters on the same activity. */
    static final String SECTOR_PRESTA_TYPE = "sectorPrestaType";
    /** Where the structure is located. */
    static final String LOCATED = "located";
    /** The departments its activities serve, by {@link Coverage#servedDepartments}. */
    static final String SERVED = "served";
    /** "true" when an activity serves the whole country. */
    static final String NATIONWIDE = "nationwide";
    static final String INSERTION_FTE = "insertionFte";
    /** "true" when the structure has an e-mail, a phone or a website; its doc value (1) is counted. */
    static final String WITH_CONTACT = "withContact";
    // Doc values, read per match by the facets and the ordering (LOCATED and KIND have theirs too:
    // the location's department code, the kind's ordinal).
    /** The slugs of the sector groups where it has an activity. */
    static final String GROUP = "group";
    /** The profile's completion rate (0 to 100). */
    static final String COMPLETENESS = "completeness";
    static final String LOCATION = "location";
    /** The stamp (see V12) of the rows the document was built from: a saved index's documents are checked with it. */
    static final String STAMP = "stamp";
    /** The structure's summary and name order ({@link SummaryBytes}): a saved index's documents give them back. */
    static final String SUMMARY = "summary";

    static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(FrenchText.STEMS,
            Map.of(NAME_WORDS, FrenchText.WORDS));

    private StructureDocuments() {
    }

    static Term idTerm(String id) {
        return new Term(ID, id);
    }

    static Document of(StructureSource structure, SearchReferences references) {
        StructureSummary summary = structure.indexed().summary();
        Document document = new Document();
        String id = summary.id().toString();
        document.add(new StringField(ID, id, Field.Store.NO));
        document.add(new BinaryDocValuesField(ID, new BytesRef(id)));
        document.add(new BinaryDocValuesField(STAMP, new BytesRef(structure.indexed().searchXid())));
        document.add(new StoredField(SUMMARY, SummaryBytes.of(structure.indexed())));

        List<String> titles = summary.brand() == null ? List.of(summary.name()) : List.of(summary.name(), summary.brand());
        for (String title : titles) {
            document.add(new TextField(TITLE, title, Field.Store.NO));
            document.add(new TextField(NAME_WORDS, title, Field.Store.NO));
            document.add(new TextField(TEXT, title, Field.Store.NO));
        }
        for (StructureSource.Activity activity : structure.activities()) {
            document.add(new TextField(TEXT, references.sectorNames().getOrDefault(activity.sector(), ""),
                    Field.Store.NO));
        }
        structure.offerTitles().forEach(title -> document.add(new TextField(TEXT, title, Field.Store.NO)));
        if (structure.description() != null) {
            document.add(new TextField(TEXT, structure.description(), Field.Store.NO));
        }
        structure.offerDescriptions().forEach(text -> document.add(new TextField(TEXT, text, Field.Store.NO)));

        exact(document, ACTIVE, String.valueOf(summary.active()));
        exact(document, KIND, summary.kind().name());
        document.add(new NumericDocValuesField(KIND, summary.kind().ordinal()));
        document.add(new NumericDocValuesField(COMPLETENESS, summary.completionRate()));
        if (structure.withContact()) {
            exact(document, WITH_CONTACT, "true");
            document.add(new NumericDocValuesField(WITH_CONTACT, 1));
        }
        exact(document, SIRET, summary.siret());
        exact(document, SIREN, structure.siren());
        summary.labels().forEach(label -> exact(document, LABEL, label));
        summary.networks().forEach(network -> exact(document, NETWORK, network));
        Set<String> served = new LinkedHashSet<>();
        boolean nationwide = false;
        for (StructureSource.Activity activity : structure.activities()) {
            String group = references.groupOfSector().get(activity.sector());
            if (group != null) {
                document.add(new SortedSetDocValuesField(GROUP, new BytesRef(group))); // Lucene keeps each value once
            }
            exact(document, SECTOR, activity.sector());
            for (PrestaType type : activity.prestaTypes()) {
                exact(document, PRESTA_TYPE, type.name());
                exact(document, SECTOR_PRESTA_TYPE, activity.sector() + "/" + type.name());
            }
            served.addAll(Coverage.servedDepartments(activity.range(), activity.departments(), summary.department()));
            nationwide |= activity.range() == GeoRange.COUNTRY;
        }
        served.forEach(department -> exact(document, SERVED, department));
        if (nationwide) {
            exact(document, NATIONWIDE, "true");
        }
        exact(document, LOCATED, summary.department());
        if (summary.department() != null) {
            document.add(new SortedDocValuesField(LOCATED, new BytesRef(summary.department())));
        }
        if (summary.insertionFte() != null) {
            document.add(new DoublePoint(INSERTION_FTE, summary.insertionFte().doubleValue()));
        }
        if (summary.latitude() != null && summary.longitude() != null) {
            document.add(new LatLonPoint(LOCATION, summary.latitude(), summary.longitude()));
        }
        return document;
    }

    private static void exact(Document document, String field, String value) {
        if (value != null) {
            document.add(new StringField(field, value, Field.Store.NO));
        }
    }
}
