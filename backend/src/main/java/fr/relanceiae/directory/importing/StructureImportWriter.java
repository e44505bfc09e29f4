package fr.relanceiae.directory.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import fr.relanceiae.account.Organisation;
import fr.relanceiae.directory.DirectoryReferences;
import fr.relanceiae.directory.profile.Activity;
import fr.relanceiae.directory.profile.ActivityInput;
import fr.relanceiae.directory.profile.Structure;
import fr.relanceiae.directory.profile.StructureProfile;
import fr.relanceiae.directory.profile.StructureService;

/** Writes rows of an import, in the caller's transaction: upsert by SIRET. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StructureImportWriter {

    public enum Result {
        CREATED, UPDATED, UNCHANGED, REJECTED
    }

    public record Outcome(int line, String siret, Result result, List<String> reasons, List<String> warnings) {
        static Outcome rejected(int line, String siret, List<String> reasons) {
            return new Outcome(line, siret, Result.REJECTED, reasons, List.of());
        }
    }

    private static final int JDBC_BATCH = 100;

    private final EntityManager entityManager;

    public StructureImportWriter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Outcome> write(List<CsvText.Record> records, Map<String, Integer> header,
            DirectoryReferences references, CsvVocabulary vocabulary, Map<Integer, Integer> duplicates) {
        entityManager.unwrap(Session.class).setJdbcBatchSize(JDBC_BATCH);
        Map<String, Structure> existing = existing(records, header);
        List<Organisation> newOrganisations = new ArrayList<>();
        List<Structure> newStructures = new ArrayList<>();
        List<Activity> newActivities = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>(records.size());
        for (CsvText.Record record : records) {
            String siret = siretOf(record, header);
            Integer firstLine = duplicates.get(record.line());
            if (firstLine != null) {
                outcomes.add(Outcome.rejected(record.line(), siret,
                        List.of("SIRET déjà présent ligne " + firstLine + " du fichier (la première l'emporte).")));
                continue;
            }
            Structure structure = existing.get(siret);
            StructureCsv.Row row = StructureCsv.read(record, header, structure == null ? null : StructureProfile.of(structure),
                    references, vocabulary);
            if (row.isRejected()) {
                outcomes.add(Outcome.rejected(record.line(), row.siret(), row.rejections()));
                continue;
            }
            Result result;
            if (structure == null) {
                Organisation organisation = StructureService.newOrganisationFor(row.profile().name());
                newOrganisations.add(organisation);
                structure = new Structure();
                structure.id = UUID.randomUUID();
                structure.organisation = organisation;
                StructureProfile.apply(row.profile(), structure);
                newStructures.add(structure);
                if (row.activities() != null) {
                    syncActivities(structure, row.activities(), newActivities);
                }
                result = Result.CREATED;
            } else if (row.profile().equals(StructureProfile.of(structure))
                    && (row.activities() == null || sameActivities(structure, row.activities()))) {
                result = Result.UNCHANGED;
            } else {
                StructureProfile.apply(row.profile(), structure);
                if (row.activities() != null) {
                    syncActivities(structure, row.activities(), newActivities);
                }
                result = Result.UPDATED;
            }
            outcomes.add(new Outcome(record.line(), row.siret(), result, List.of(), row.warnings()));
        }
        // Persisted by kind, so that JDBC batches stay whole.
        newOrganisations.forEach(organisation -> organisation.persist());
        newStructures.forEach(structure -> structure.persist());
        newActivities.forEach(activity -> activity.persist());
        entityManager.flush();
        return outcomes;
    }

    static String siretOf(CsvText.Record record, Map<String, Integer> header) {
        return StructureCsv.siret(record, header);
    }

    private Map<String, Structure> existing(List<CsvText.Record> records, Map<String, Integer> header) {
        List<String> sirets = records.stream().map(r -> siretOf(r, header)).filter(s -> s != null).distinct().toList();
        Map<String, Structure> bySiret = new HashMap<>();
        if (sirets.isEmpty()) {
            return bySiret;
        }
        entityManager.createQuery("select distinct s from Structure s left join fetch s.activities"
                + " left join fetch s.clientReferences where s.siret in :sirets", Structure.class)
                .setParameter("sirets", sirets).getResultList()
                .forEach(structure -> bySiret.put(structure.siret, structure));
        return bySiret;
    }

    private static boolean sameActivities(Structure structure, List<ActivityInput> wanted) {
        return structure.activities.size() == wanted.size()
                && structure.activities.stream().map(Activity::toInput).toList().containsAll(wanted);
    }

    /** One activity per sector: kept and updated when its sector stays, created or removed otherwise. */
    private static void syncActivities(Structure structure, List<ActivityInput> wanted, List<Activity> created) {
        Map<String, Activity> bySector = new HashMap<>();
        structure.activities.forEach(activity -> bySector.put(activity.sector, activity));
        for (ActivityInput input : wanted) {
            Activity activity = bySector.remove(input.sector());
            if (activity == null) {
                activity = new Activity();
                activity.id = UUID.randomUUID();
                activity.structure = structure;
                activity.apply(input);
                structure.activities.add(activity);
                created.add(activity);
            } else if (!activity.toInput().equals(input)) {
                activity.apply(input);
            }
        }
        for (Activity removed : bySector.values()) {
            structure.activities.remove(removed);
            removed.delete();
        }
    }
}
