package fr.relanceiae.directory.exporting;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import fr.relanceiae.directory.importing.CsvVocabulary;
import fr.relanceiae.directory.importing.StructureCsv;
import fr.relanceiae.directory.importing.StructureCsv.Layout;
import fr.relanceiae.directory.profile.Activity;
import fr.relanceiae.directory.profile.Structure;
import fr.relanceiae.directory.profile.StructureProfile;
import fr.relanceiae.directory.search.DirectorySearchService;
import fr.relanceiae.directory.search.Distance;
import fr.relanceiae.directory.search.StructureSearchQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Exports: the structures a search finds, in the search's order, as rows of {@link StructureCsv#TABLE}
 * in a layout, written to a {@link StructureExportWriter} (CSV or XLSX) as they are read, a batch of
 * structures at a time, so that the file is never whole in memory.
 */
@ApplicationScoped
public class StructureExportService {

    static final int BATCH = 500;

    /** What the request decided (caller's rights checked, search run): the rows are read when written. */
    public record Export(List<UUID> ids, Layout layout, Double lat, Double lon) {

        boolean withDistance() {
            return layout == Layout.READABLE && lat != null && lon != null;
        }
    }

    private final DirectorySearchService search;
    private final CsvVocabulary vocabulary;
    private final EntityManager entityManager;

    public StructureExportService(DirectorySearchService search, CsvVocabulary vocabulary,
            EntityManager entityManager) {
        this.search = search;
        this.vocabulary = vocabulary;
        this.entityManager = entityManager;
    }

    /** Runs the search with the caller's rights; its problems (400, 403) come out here, before any byte. */
    public Export prepare(StructureSearchQuery query, Layout layout) {
        List<UUID> ids = search.matchingIds(query);
        return query.hasPoint() ? new Export(ids, layout, query.lat, query.lon)
                : new Export(ids, layout, null, null);
    }

    public void write(Export export, StructureExportWriter out) throws IOException {
        out.header(StructureCsv.headers(export.layout(), export.withDistance()));
        for (int from = 0; from < export.ids().size(); from += BATCH) {
            List<UUID> batch = export.ids().subList(from, Math.min(export.ids().size(), from + BATCH));
            for (StructureCsv.Source source : QuarkusTransaction.requiringNew().call(() -> load(batch, export))) {
                out.row(StructureCsv.row(source, export.layout(), export.withDistance(), vocabulary));
            }
        }
        out.finish();
    }

    /** The batch's structures in its order; one deleted since the search is left out. */
    private List<StructureCsv.Source> load(List<UUID> ids, Export export) {
        Map<UUID, Structure> byId = new HashMap<>();
        entityManager.createQuery("select distinct s from Structure s left join fetch s.activities"
                + " left join fetch s.clientReferences where s.id in :ids", Structure.class)
                .setParameter("ids", ids).getResultList().forEach(structure -> byId.put(structure.id, structure));
        List<StructureCsv.Source> sources = ids.stream().map(byId::get).filter(s -> s != null)
                .map(structure -> new StructureCsv.Source(StructureProfile.of(structure),
                        structure.activities.stream().map(Activity::toInput).toList(), distance(structure, export)))
                .toList();
        entityManager.clear();
        return sources;
    }

    private static Double distance(Structure structure, Export export) {
        if (!export.withDistance() || structure.latitude == null || structure.longitude == null) {
            return null;
        }
        return Distance.km(export.lat(), export.lon(), structure.latitude, structure.longitude);
    }
}
