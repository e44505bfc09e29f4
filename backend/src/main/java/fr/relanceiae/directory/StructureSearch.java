package fr.relanceiae.directory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.reference.StructureKind;

/**
 * Runs directory searches in two statements: one evaluates the filters once
 * (a materialised CTE) and answers the total, the page's ids and the facets;
 * the other builds the summaries of the page's rows only. Words are first matched
 * exactly; only when that finds nothing are names matched approximately (typos),
 * which costs a trigram scan.
 */
@ApplicationScoped
public class StructureSearch {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<List<Object>>> ROWS = new TypeReference<>() {
    };

    private final EntityManager entityManager;

    public StructureSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public StructureSearchPage search(StructureSearchQuery query) {
        Object[] result = run(StructureFilter.of(query, false), query);
        if (((Number) result[0]).longValue() == 0 && StructureFilter.hasWords(query)) {
            result = run(StructureFilter.of(query, true), query);
        }
        long total = ((Number) result[0]).longValue();
        List<UUID> ids = result[1] == null ? List.of() : Arrays.stream((Object[]) result[1]).map(id -> (UUID) id).toList();
        List<Double> distances = result[2] == null ? List.of()
                : Arrays.stream((Object[]) result[2]).map(d -> d == null ? null : ((Number) d).doubleValue()).toList();
        StructureFacets facets = query.facets
                ? new StructureFacets(facet(result[3]), facet(result[4]), facet(result[5])) : null;
        return new StructureSearchPage(summaries(ids, distances), query.page, query.size, total, facets);
    }

    /** An organisation's structures, deactivated ones included, by name. */
    @SuppressWarnings("unchecked")
    public List<StructureSummary> ofOrganisation(UUID organisationId) {
        List<UUID> ids = entityManager.createNativeQuery("select s.id from structure s"
                + " where s.organisation_id = :organisation order by s.sort_name, s.id")
                .setParameter("organisation", organisationId).getResultList();
        return summaries(ids, List.of());
    }

    /** The filter the search would use: exact words, or approximate ones when exact finds nothing. */
    StructureFilter filterFor(StructureSearchQuery query) {
        StructureFilter exact = StructureFilter.of(query, false);
        if (!StructureFilter.hasWords(query)) {
            return exact;
        }
        boolean found = (Boolean) bind(entityManager.createNativeQuery(
                "select exists (select 1 from structure s where " + exact.where + ")"), exact.parameters)
                .getSingleResult();
        return found ? exact : StructureFilter.of(query, true);
    }

    private Object[] run(StructureFilter filter, StructureSearchQuery query) {
        StructureSort sort = query.effectiveSort();
        String facets = query.facets
                ? ", (select json_agg(json_build_array(x.kind, k.label, x.n)) from (select kind, count(*) n from f"
                        + "     group by kind) x join structure_kind k on k.code = x.kind)"
                        + ", (select json_agg(json_build_array(g.slug, g.name, x.n)) from (select group_slug, count(*) n"
                        + "     from f, unnest(f.sector_groups) group_slug group by group_slug) x"
                        + "     join sector_group g on g.slug = x.group_slug)"
                        + ", (select json_agg(json_build_array(x.department, d.name, x.n)) from (select department,"
                        + "     count(*) n from f where department is not null group by department) x"
                        + "     join department d on d.code = x.department)"
                : ", null, null, null";
        String sql = "with f as materialized (select s.id, s.kind, s.department, s.sector_groups, s.sort_name, "
                + (filter.relevance == null ? "0" : filter.relevance) + " as score, "
                + (filter.distanceKm == null ? "cast(null as double precision)" : filter.distanceKm) + " as distance_km"
                + "   from structure s where " + filter.where + ")"
                + " select (select count(*) from f)"
                + ", (select array_agg(p.id order by " + filter.orderBy(sort, "p") + ") from (select * from f"
                + "     order by " + filter.orderBy(sort, "f") + " limit :limit offset :offset) p)"
                + ", (select array_agg(p.distance_km order by " + filter.orderBy(sort, "p") + ") from (select * from f"
                + "     order by " + filter.orderBy(sort, "f") + " limit :limit offset :offset) p)"
                + facets;
        return (Object[]) bind(entityManager.createNativeQuery(sql), filter.parameters)
                .setParameter("limit", query.size)
                .setParameter("offset", (long) query.page * query.size)
                .getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private List<StructureSummary> summaries(List<UUID> ids, List<Double> distances) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String sql = "select s.id, s.siret, s.name, s.brand, s.kind, s.post_code, s.city, s.department,"
                + " s.latitude, s.longitude, s.insertion_fte, s.labels, s.networks, s.active, s.completion_rate,"
                + " array(select a.sector_slug from structure_activity a where a.structure_id = s.id order by 1),"
                + " array(select distinct t from structure_activity a, unnest(a.presta_types) t"
                + "       where a.structure_id = s.id order by 1),"
                + " (select count(*) from offer o where o.structure_id = s.id)"
                + " from structure s where s.id = any(cast(string_to_array(:ids, ',') as uuid[]))";
        List<Object[]> rows = entityManager.createNativeQuery(sql)
                .setParameter("ids", ids.stream().map(UUID::toString).collect(Collectors.joining(",")))
                .getResultList();
        Map<UUID, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        List<StructureSummary> summaries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Double distance = distances.isEmpty() ? null : distances.get(position.get((UUID) row[0]));
            summaries.add(new StructureSummary((UUID) row[0], (String) row[1], (String) row[2], (String) row[3],
                    StructureKind.valueOf((String) row[4]), (String) row[5], (String) row[6], (String) row[7],
                    (Double) row[8], (Double) row[9], (BigDecimal) row[10], strings(row[15]),
                    strings(row[16]).stream().map(PrestaType::valueOf).toList(), strings(row[11]), strings(row[12]),
                    ((Number) row[17]).intValue(), (Boolean) row[13], ((Number) row[14]).intValue(),
                    distance == null ? null : Math.round(distance * 100) / 100.0));
        }
        summaries.sort(Comparator.comparing(summary -> position.get(summary.id())));
        return summaries;
    }

    /** Facet rows [value, label, count] as JSON, largest count first. */
    private static List<FacetCount> facet(Object json) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json.toString(), ROWS).stream()
                    .map(row -> new FacetCount((String) row.get(0), (String) row.get(1), ((Number) row.get(2)).longValue()))
                    .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
                    .toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable facets", e);
        }
    }

    static Query bind(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }

    static List<String> strings(Object array) {
        if (array == null) {
            return List.of();
        }
        if (array instanceof String[] values) {
            return List.of(values);
        }
        if (array instanceof Object[] values) {
            return Arrays.stream(values).map(String::valueOf).toList();
        }
        throw new IllegalStateException("Unexpected array type " + array.getClass());
    }
}
