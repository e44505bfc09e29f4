package fr.relanceiae.directory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.relanceiae.directory.search.StructureSearch;
import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.reference.StructureKind;
import fr.relanceiae.shared.error.ProblemException;

/** Search and export of the directory. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DirectorySearchService {

    private final StructureSearch search;
    private final DirectoryAccess access;
    private final EntityManager entityManager;

    public DirectorySearchService(StructureSearch search, DirectoryAccess access, EntityManager entityManager) {
        this.search = search;
        this.access = access;
        this.entityManager = entityManager;
    }

    public StructureSearchPage search(StructureSearchQuery query) {
        return search.search(checked(query));
    }

    /** The caller's organisation's structures, deactivated ones included. */
    public List<StructureSummary> ofCallerOrganisation() {
        return search.ofOrganisation(access.callerOrganisationId());
    }

    /** Every structure the search finds, as a CSV file the import reads back (UTF-8 with BOM, {@code ;}). */
    @SuppressWarnings("unchecked")
    public byte[] export(StructureSearchQuery query) {
        List<UUID> ids = search.matchingIds(checked(query));
        String sql = "select s.id, s.siret, s.name, s.brand, s.kind, s.legal_form, s.naf, s.address, s.post_code, s.city,"
                + " s.department, s.latitude, s.longitude, s.description, s.email, s.phone, s.website, s.insertion_fte,"
                + " (select string_agg(a.sector_slug || '/' || array_to_string(a.presta_types, ',') || '/' || a.geo_range"
                + "    || '/' || array_to_string(a.geo_departments, ',') || '/' || coalesce(a.geo_radius_km::text, ''),"
                + "    ';' order by a.created_at, a.id) from structure_activity a where a.structure_id = s.id)"
                + " from structure s where s.id = any(cast(string_to_array(:ids, ',') as uuid[]))";
        Map<UUID, Object[]> rows = new HashMap<>();
        for (Object[] row : (List<Object[]>) entityManager.createNativeQuery(sql)
                .setParameter("ids", ids.stream().map(UUID::toString).collect(Collectors.joining(","))).getResultList()) {
            rows.put((UUID) row[0], row);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(rows.size() * 300 + 1024);
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            line(out, StructureCsv.COLUMNS);
            for (UUID id : ids) {
                Object[] row = rows.get(id);
                if (row == null) {
                    continue; // deleted since the search
                }
                StructureInput profile = new StructureInput((String) row[1], (String) row[2], (String) row[3],
                        StructureKind.valueOf((String) row[4]), (String) row[5], (String) row[6], (String) row[7],
                        (String) row[8], (String) row[9], (String) row[10], (Double) row[11], (Double) row[12],
                        (String) row[13], (String) row[14], (String) row[15], null, (String) row[16],
                        (BigDecimal) row[17], null, null, List.of(), List.of(), List.of(), true, null);
                line(out, StructureCsv.exportRow(profile, activities((String) row[18])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private StructureSearchQuery checked(StructureSearchQuery query) {
        boolean anyPointPart = query.lat != null || query.lon != null || query.radiusKm != null;
        if (anyPointPart && !query.hasPoint()) {
            throw ProblemException.invalidField("radiusKm", "lat, lon et radiusKm vont ensemble.");
        }
        if (query.sort == StructureSort.distance && !query.hasPoint()) {
            throw ProblemException.invalidField("sort", "Le tri par distance demande lat, lon et radiusKm.");
        }
        if (!query.active && !access.isStaff()) {
            throw ProblemException.forbidden("Seuls les animateurs et administrateurs voient les structures désactivées.");
        }
        return query;
    }

    /** The activities as the export's query packs them: "sector/types/range/departments/radius;…". */
    private static List<ActivityInput> activities(String packed) {
        List<ActivityInput> activities = new ArrayList<>();
        if (packed == null) {
            return activities;
        }
        for (String activity : packed.split(";")) {
            String[] parts = activity.split("/", -1);
            activities.add(new ActivityInput(parts[0],
                    splitComma(parts[1]).stream().map(PrestaType::valueOf).sorted().toList(),
                    GeoRange.valueOf(parts[2]), splitComma(parts[3]),
                    parts[4].isEmpty() ? null : Integer.valueOf(parts[4])));
        }
        return activities;
    }

    private static List<String> splitComma(String value) {
        return value.isEmpty() ? List.of() : List.of(value.split(","));
    }

    private static void line(Writer out, List<String> values) throws IOException {
        out.write(CsvText.line(values));
    }
}
