package fr.relanceiae.reference;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Finds communes by name or postcode, best matches first: exact matches, then
 * prefix matches, then (names only) matches on a later word of the name; among
 * equals, Île-de-France first, then alphabetical order of the search name.
 *
 * <p>Names are compared in their search form, {@code f_search_name} in the
 * database (see V2__create_reference_tables.sql): the same function builds the
 * indexed {@code commune.search_name} column and the key of the query, so that
 * both always agree on accents, case, punctuation and "st"/"ste".
 */
@ApplicationScoped
public class CommuneSearch {

    public static final int MAX_RESULTS = 20;

    /** 5 digits: a postcode; 2 to 4 digits: the start of one. */
    private static final Pattern POSTCODE = Pattern.compile("\\d{2,5}");

    // The key is written out rather than computed once in a CTE: as a constant
    // expression, PostgreSQL folds it when planning and can use the prefix index.
    private static final String BY_NAME = """
            SELECT c.* FROM commune c JOIN department d ON d.code = c.department_code
            WHERE public.f_search_name(:q) <> ''
              AND (c.search_name LIKE public.f_search_name(:q) || '%'
                   OR c.search_name LIKE '% ' || public.f_search_name(:q) || '%')
            ORDER BY CASE WHEN c.search_name = public.f_search_name(:q) THEN 0
                          WHEN c.search_name LIKE public.f_search_name(:q) || '%' THEN 1
                          ELSE 2 END,
                     CASE WHEN d.region_code = :region THEN 0 ELSE 1 END,
                     c.search_name, c.insee_code
            """;

    private static final String BY_POSTCODE = """
            SELECT c.* FROM commune c JOIN department d ON d.code = c.department_code
            WHERE public.f_post_codes_key(c.post_codes) LIKE '% ' || :q || '%'
            ORDER BY CASE WHEN :q = ANY (c.post_codes) THEN 0 ELSE 1 END,
                     CASE WHEN d.region_code = :region THEN 0 ELSE 1 END,
                     c.search_name, c.insee_code
            """;

    @Inject
    EntityManager entityManager;

    /** At most {@link #MAX_RESULTS} communes matching {@code query} (not blank). */
    @SuppressWarnings("unchecked")
    public List<Commune> search(String query) {
        String q = query.strip();
        String sql = isPostcode(q) ? BY_POSTCODE : BY_NAME;
        return entityManager.createNativeQuery(sql, Commune.class)
                .setParameter("q", q)
                .setParameter("region", Department.ILE_DE_FRANCE)
                .setMaxResults(MAX_RESULTS)
                .getResultList();
    }

    static boolean isPostcode(String q) {
        return POSTCODE.matcher(q).matches();
    }
}
