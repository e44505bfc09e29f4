package fr.relanceiae.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SQL of a directory search: the conditions on {@code structure s} of every filter,
 * with the expressions of relevance and distance (km) when they apply. Built once,
 * used by the page, the count, the facets and the export.
 */
final class StructureFilter {

    /** Words left out of text conditions: too common to tell structures apart. */
    private static final Set<String> STOP_WORDS = Set.of("le", "la", "les", "de", "des", "du", "et", "en", "au", "aux",
            "un", "une", "pour", "par", "sur", "dans", "avec", "l", "d");
    private static final int MAX_WORDS = 8;
    private static final String HERE = "public.ll_to_earth(:lat, :lon)";
    private static final String THERE = "public.ll_to_earth(s.latitude, s.longitude)";

    final String where;
    final Map<String, Object> parameters;
    /** Higher is better; null without a text query. */
    final String relevance;
    /** Kilometres from the search's point; null without one. */
    final String distanceKm;

    private StructureFilter(String where, Map<String, Object> parameters, String relevance,
            String distanceKm) {
        this.where = where;
        this.parameters = parameters;
        this.relevance = relevance;
        this.distanceKm = distanceKm;
    }

    /**
     * @param approximate whether words may also match names approximately (typos): costlier, so the
     *                    search tries it only when the exact words find nothing
     */
    static StructureFilter of(StructureSearchQuery query, boolean approximate) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        String relevance = null;
        String distance = null;

        conditions.add("s.active = :active");
        parameters.put("active", query.active);
        if (query.hasText()) {
            String digits = query.q.replaceAll("[\\s.\\-]", "");
            if (digits.matches("\\d{9}")) {
                conditions.add("s.siren = :siren");
                parameters.put("siren", digits);
            } else if (digits.matches("\\d{14}")) {
                conditions.add("s.siret = :siret");
                parameters.put("siret", digits);
            } else {
                List<String> words = words(query.q);
                if (!words.isEmpty()) {
                    String all = "plainto_tsquery('french', public.f_unaccent(:terms))";
                    parameters.put("terms", String.join(" ", words));
                    if (approximate) {
                        // Each word in the full text, or close to a word of the name (a typo).
                        for (int i = 0; i < words.size(); i++) {
                            conditions.add("(s.search_vector @@ plainto_tsquery('french', public.f_unaccent(:w" + i
                                    + ")) or public.f_search_name(:w" + i + ") <% s.search_name)");
                            parameters.put("w" + i, words.get(i));
                        }
                        relevance = "(ts_rank(s.rank_vector, " + all
                                + ") + word_similarity(public.f_search_name(:terms), s.search_name))";
                    } else {
                        conditions.add("s.search_vector @@ " + all);
                        relevance = "ts_rank(s.rank_vector, " + all + ")";
                    }
                }
            }
        }
        if (present(query.sector) || present(query.prestaType)) {
            List<String> activity = new ArrayList<>();
            if (present(query.sector)) {
                activity.add("a.sector_slug in (select sec.slug from sector sec where sec.slug = any(:sectors)"
                        + " or sec.group_slug = any(:sectors))");
                parameters.put("sectors", list(query.sector));
            }
            if (present(query.prestaType)) {
                activity.add("a.presta_types && :prestaTypes");
                parameters.put("prestaTypes", list(query.prestaType));
            }
            conditions.add("exists (select 1 from structure_activity a where a.structure_id = s.id and "
                    + String.join(" and ", activity) + ")");
        }
        if (present(query.kind)) {
            conditions.add("s.kind = any(:kinds)");
            parameters.put("kinds", list(query.kind));
        }
        if (query.department != null && !query.department.isBlank()) {
            conditions.add("(s.department = :department or s.id in (" + Coverage.SERVING_STRUCTURES_SQL + "))");
            parameters.put("department", query.department.strip().toUpperCase());
            parameters.put("includeNationwide", query.includeNationwide);
        }
        if (query.hasPoint()) {
            distance = "(public.earth_distance(" + HERE + ", " + THERE + ") / 1000.0)";
            conditions.add("public.earth_box(" + HERE + ", :radiusM) @> " + THERE);
            conditions.add("public.earth_distance(" + HERE + ", " + THERE + ") <= :radiusM");
            parameters.put("lat", query.lat);
            parameters.put("lon", query.lon);
            parameters.put("radiusM", query.radiusKm * 1000.0);
        }
        if (present(query.label)) {
            conditions.add("s.labels && :labels");
            parameters.put("labels", list(query.label));
        }
        if (present(query.network)) {
            conditions.add("s.networks && :networks");
            parameters.put("networks", list(query.network));
        }
        if (query.minInsertionFte != null) {
            conditions.add("s.insertion_fte >= :minInsertionFte");
            parameters.put("minInsertionFte", query.minInsertionFte);
        }
        // Array parameters are bound as text and cast here: one binding path for every list.
        String where = String.join(" and ", conditions)
                .replaceAll(":(sectors|prestaTypes|kinds|labels|networks)\\b", "string_to_array(cast(:$1 as text), ',')");
        return new StructureFilter(where, parameters, relevance, distance);
    }

    /** The order, over the columns {@code score}, {@code distance_km}, {@code sort_name} and {@code id} of {@code alias}. */
    String orderBy(StructureSort sort, String alias) {
        String p = alias + ".";
        if (sort == StructureSort.relevance && relevance != null) {
            return p + "score desc, " + p + "sort_name, " + p + "id";
        }
        if (sort == StructureSort.distance && distanceKm != null) {
            return p + "distance_km, " + p + "sort_name, " + p + "id";
        }
        return p + "sort_name, " + p + "id";
    }

    /** Whether the query has words that {@code approximate} would match differently. */
    static boolean hasWords(StructureSearchQuery query) {
        return query.hasText() && !query.q.replaceAll("[\\s.\\-]", "").matches("\\d{9}|\\d{14}")
                && !words(query.q).isEmpty();
    }

    static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= 2 && !STOP_WORDS.contains(word)).distinct().limit(MAX_WORDS).toList();
    }

    private static boolean present(List<?> values) {
        return values != null && values.stream().anyMatch(v -> v != null && !v.toString().isBlank());
    }

    private static String list(List<?> values) {
        return values.stream().filter(v -> v != null && !v.toString().isBlank())
                .map(v -> v.toString().strip()).collect(Collectors.joining(","));
    }
}
