package fr.relanceiae.directory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Loads the reference codes the rules check, from the reference tables. */
@ApplicationScoped
public class DirectoryReferenceLoader {

    private final EntityManager entityManager;

    public DirectoryReferenceLoader(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Postcodes looked up one at a time: for a single write. */
    public DirectoryReferences forOneWrite() {
        return new DirectoryReferences(codes("select code from department"), codes("select slug from sector"),
                codes("select code from structure_label"), codes("select code from structure_network"),
                this::departmentOfPostCode);
    }

    /** Every postcode loaded at once: for an import. */
    public DirectoryReferences forImport() {
        Map<String, String> byPostCode = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "select p, min(department_code) from commune, unnest(post_codes) p group by p").getResultList();
        rows.forEach(row -> byPostCode.put((String) row[0], (String) row[1]));
        return new DirectoryReferences(codes("select code from department"), codes("select slug from sector"),
                codes("select code from structure_label"), codes("select code from structure_network"),
                postCode -> Optional.ofNullable(byPostCode.get(postCode)));
    }

    private Optional<String> departmentOfPostCode(String postCode) {
        @SuppressWarnings("unchecked")
        List<String> found = entityManager.createNativeQuery(
                "select min(department_code) from commune where :p = any(post_codes)")
                .setParameter("p", postCode).getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.ofNullable(found.get(0));
    }

    @SuppressWarnings("unchecked")
    private Set<String> codes(String sql) {
        return new HashSet<>(entityManager.createNativeQuery(sql).getResultList());
    }
}
