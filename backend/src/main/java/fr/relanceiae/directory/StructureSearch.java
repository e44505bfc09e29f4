package fr.relanceiae.directory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.reference.StructureKind;

/**
 * Runs directory searches. A page costs two statements: the page itself (ids
 * ordered and limited first, then their summaries), and either the facets with
 * the total (one grouped statement over the filtered ids) or a plain count.
 */
@ApplicationScoped
public class StructureSearch {

    private final EntityManager entityManager;

    public StructureSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public StructureSearchPage search(StructureSearchQuery query) {
        StructureFilter filter = StructureFilter.of(query);
        List<StructureSummary> items = page(filter, query);
        if (query.facets) {
            return withFacets(filter, query, items);
        }
        long total = ((Number) bind(entityManager.createNativeQuery(
                "select count(*) from " + filter.from + " where " + filter.where), filter.parameters)
                .getSingleResult()).longValue();
        return new StructureSearchPage(items, query.page, query.size, total, null);
    }

    @SuppressWarnings("unchecked")
    private List<StructureSummary> page(StructureFilter filter, StructureSearchQuery query) {
        StructureSort sort = query.effectiveSort();
        // Order and limit over ids first; summaries are built for the page's rows only.
        String sql = "select s.id, s.siret, s.name, s.brand, s.kind, s.post_code, s.city, s.department,"
                + " s.latitude, s.longitude, s.insertion_fte, s.labels, s.networks, s.active, s.completion_rate,"
                + " array(select a.sector_slug from structure_activity a where a.structure_id = s.id order by 1),"
                + " array(select distinct t from structure_activity a, unnest(a.presta_types) t"
                + "       where a.structure_id = s.id order by 1),"
                + " (select count(*) from offer o where o.structure_id = s.id), p.distance_km"
                + " from (select s.id, s.sort_name,"
                + "         " + (filter.relevance == null ? "0" : filter.relevance) + " as score,"
                + "         " + (filter.distanceKm == null ? "cast(null as double precision)" : filter.distanceKm)
                + " as distance_km"
                + "       from " + filter.from + " where " + filter.where
                + "       order by " + filter.orderBy(sort, "s").replace("s.score", "score")
                        .replace("s.distance_km", "distance_km")
                + "       limit :limit offset :offset) p"
                + " join structure s on s.id = p.id order by " + filter.orderBy(sort, "p");
        Query statement = bind(entityManager.createNativeQuery(sql), filter.parameters)
                .setParameter("limit", query.size)
                .setParameter("offset", (long) query.page * query.size);
        List<Object[]> rows = statement.getResultList();
        return rows.stream().map(StructureSearch::summary).toList();
    }

    private static StructureSummary summary(Object[] row) {
        Double distance = row[18] == null ? null : Math.round(((Number) row[18]).doubleValue() * 100) / 100.0;
        return new StructureSummary((UUID) row[0], (String) row[1], (String) row[2], (String) row[3],
                StructureKind.valueOf((String) row[4]), (String) row[5], (String) row[6], (String) row[7],
                (Double) row[8], (Double) row[9], (BigDecimal) row[10], strings(row[15]),
                strings(row[16]).stream().map(PrestaType::valueOf).toList(), strings(row[11]), strings(row[12]),
                ((Number) row[17]).intValue(), (Boolean) row[13], ((Number) row[14]).intValue(), distance);
    }

    @SuppressWarnings("unchecked")
    private StructureSearchPage withFacets(StructureFilter filter, StructureSearchQuery query,
            List<StructureSummary> items) {
        String sql = "with f as materialized (select s.id, s.kind, s.department from " + filter.from
                + " where " + filter.where + ")"
                + " select 'kind', f.kind, k.label, count(*) from f join structure_kind k on k.code = f.kind"
                + "   group by f.kind, k.label"
                + " union all select 'sectorGroup', g.slug, g.name, count(distinct f.id) from f"
                + "   join structure_activity a on a.structure_id = f.id join sector sec on sec.slug = a.sector_slug"
                + "   join sector_group g on g.slug = sec.group_slug group by g.slug, g.name"
                + " union all select 'department', f.department, d.name, count(*) from f"
                + "   join department d on d.code = f.department group by f.department, d.name"
                + " union all select 'total', null, null, count(*) from f";
        List<Object[]> rows = bind(entityManager.createNativeQuery(sql), filter.parameters).getResultList();
        List<FacetCount> kinds = new ArrayList<>();
        List<FacetCount> groups = new ArrayList<>();
        List<FacetCount> departments = new ArrayList<>();
        long total = 0;
        for (Object[] row : rows) {
            long count = ((Number) row[3]).longValue();
            FacetCount facet = new FacetCount((String) row[1], (String) row[2], count);
            switch ((String) row[0]) {
                case "kind" -> kinds.add(facet);
                case "sectorGroup" -> groups.add(facet);
                case "department" -> departments.add(facet);
                default -> total = count;
            }
        }
        return new StructureSearchPage(items, query.page, query.size, total,
                new StructureFacets(sorted(kinds), sorted(groups), sorted(departments)));
    }

    static Query bind(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private static List<FacetCount> sorted(List<FacetCount> facets) {
        return facets.stream().sorted((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count())
                : a.value().compareTo(b.value())).toList();
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
