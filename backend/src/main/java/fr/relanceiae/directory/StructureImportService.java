package fr.relanceiae.directory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import fr.relanceiae.directory.ImportReport.ImportWarning;
import fr.relanceiae.directory.ImportReport.RejectedRow;
import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.security.CallerContext;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * CSV imports: the file is read and its header checked in the request, then the
 * rows are written by one worker thread per replica (later jobs wait QUEUED), in
 * chunks of {@value #CHUNK} rows, each chunk in its own transaction; a chunk that
 * fails is written again row by row, so a bad row never stops the good ones and
 * no row is ever half-written.
 */
@ApplicationScoped
public class StructureImportService {

    private static final Logger LOG = Logger.getLogger(StructureImportService.class);
    static final int CHUNK = 250;
    /** A job whose heartbeat is older than this belonged to a replica that stopped. */
    static final Duration STALE_AFTER = Duration.ofMinutes(2);

    private final StructureImportWriter writer;
    private final DirectoryReferenceLoader referenceLoader;
    private final CallerContext caller;
    /** Jobs waiting for this replica's worker: their heartbeat moves with the running one's. */
    private final Set<UUID> queued = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "structure-import");
        thread.setDaemon(true);
        return thread;
    });

    public StructureImportService(StructureImportWriter writer, DirectoryReferenceLoader referenceLoader,
            CallerContext caller) {
        this.writer = writer;
        this.referenceLoader = referenceLoader;
        this.caller = caller;
    }

    public StructureImportView start(byte[] file) {
        List<CsvText.Record> records = CsvText.parse(CsvText.decode(file));
        if (records.isEmpty()) {
            throw ProblemException.invalidField("file", "Le fichier est vide.");
        }
        Map<String, Integer> header = StructureCsv.header(records.get(0).cells());
        List<String> missing = StructureCsv.missingColumns(header);
        if (!missing.isEmpty()) {
            throw ProblemException.invalidField("file", "Colonnes obligatoires absentes : " + String.join(", ", missing)
                    + " (la première ligne doit nommer les colonnes).");
        }
        List<CsvText.Record> rows = records.subList(1, records.size()).stream().filter(r -> !r.isBlank()).toList();
        UUID createdBy = caller.userId().orElse(null);
        StructureImport job = QuarkusTransaction.requiringNew().call(() -> {
            StructureImport created = new StructureImport();
            created.id = UUID.randomUUID();
            created.status = ImportStatus.QUEUED;
            created.createdBy = createdBy;
            created.totalRows = rows.size();
            created.createdAt = Instant.now();
            created.heartbeatAt = created.createdAt;
            created.persist();
            return created;
        });
        queued.add(job.id);
        worker.submit(() -> run(job.id, header, rows));
        return StructureImportView.of(job);
    }

    /** The job; one whose replica stopped while it ran is reported FAILED. */
    @Transactional
    public StructureImportView get(UUID id) {
        StructureImport job = StructureImport.<StructureImport>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Import introuvable."));
        boolean unfinished = job.status == ImportStatus.QUEUED || job.status == ImportStatus.RUNNING;
        if (unfinished && job.heartbeatAt.isBefore(Instant.now().minus(STALE_AFTER))) {
            job.status = ImportStatus.FAILED;
            job.error = "L'import a été interrompu (arrêt du serveur qui le traitait) : relancez-le, "
                    + "les lignes déjà écrites seront comptées inchangées.";
            job.finishedAt = Instant.now();
        }
        return StructureImportView.of(job);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private void run(UUID jobId, Map<String, Integer> header, List<CsvText.Record> rows) {
        queued.remove(jobId);
        try {
            update(jobId, job -> {
                job.status = ImportStatus.RUNNING;
                job.startedAt = Instant.now();
            });
            DirectoryReferences references = QuarkusTransaction.requiringNew().call(referenceLoader::forImport);
            Map<Integer, Integer> duplicates = duplicates(rows, header);
            List<StructureImportWriter.Outcome> outcomes = new ArrayList<>(rows.size());
            for (int from = 0; from < rows.size(); from += CHUNK) {
                List<CsvText.Record> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                outcomes.addAll(write(chunk, header, references, duplicates));
                int processed = outcomes.size();
                update(jobId, job -> job.processedRows = processed);
            }
            ImportReport report = report(outcomes);
            update(jobId, job -> {
                job.status = ImportStatus.DONE;
                job.setReport(report);
                job.finishedAt = Instant.now();
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Structure import %s failed", jobId);
            update(jobId, job -> {
                job.status = ImportStatus.FAILED;
                job.error = "Erreur inattendue : l'import s'est arrêté. Les lignes déjà traitées sont enregistrées.";
                job.finishedAt = Instant.now();
            });
        }
    }

    private List<StructureImportWriter.Outcome> write(List<CsvText.Record> chunk, Map<String, Integer> header,
            DirectoryReferences references, Map<Integer, Integer> duplicates) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> writer.write(chunk, header, references, duplicates));
        } catch (RuntimeException chunkFailure) {
            LOG.debugf(chunkFailure, "An import chunk failed; writing its rows one by one");
            List<StructureImportWriter.Outcome> outcomes = new ArrayList<>(chunk.size());
            for (CsvText.Record record : chunk) {
                try {
                    outcomes.addAll(QuarkusTransaction.requiringNew()
                            .call(() -> writer.write(List.of(record), header, references, duplicates)));
                } catch (RuntimeException rowFailure) {
                    LOG.infof(rowFailure, "Import row %d could not be written", record.line());
                    outcomes.add(StructureImportWriter.Outcome.rejected(record.line(),
                            StructureImportWriter.siretOf(record, header),
                            List.of("Enregistrement impossible (conflit avec une modification simultanée ?) : "
                                    + "réessayez cette ligne.")));
                }
            }
            return outcomes;
        }
    }

    /** Line of each row whose valid SIRET appeared on an earlier line → that earlier line. */
    private static Map<Integer, Integer> duplicates(List<CsvText.Record> rows, Map<String, Integer> header) {
        Map<String, Integer> firstLine = new HashMap<>();
        Map<Integer, Integer> duplicates = new HashMap<>();
        for (CsvText.Record row : rows) {
            String siret = StructureImportWriter.siretOf(row, header);
            if (siret != null && Siret.isValid(siret)) {
                Integer first = firstLine.putIfAbsent(siret, row.line());
                if (first != null) {
                    duplicates.put(row.line(), first);
                }
            }
        }
        return duplicates;
    }

    private static ImportReport report(List<StructureImportWriter.Outcome> outcomes) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<RejectedRow> rejected = new ArrayList<>();
        List<ImportWarning> warnings = new ArrayList<>();
        for (StructureImportWriter.Outcome outcome : outcomes) {
            switch (outcome.result()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case REJECTED -> rejected.add(new RejectedRow(outcome.line(), outcome.siret(), outcome.reasons()));
            }
            outcome.warnings().forEach(w -> warnings.add(new ImportWarning(outcome.line(), outcome.siret(), w)));
        }
        rejected.sort(Comparator.comparingInt(RejectedRow::line));
        warnings.sort(Comparator.comparingInt(ImportWarning::line));
        return new ImportReport(created, updated, unchanged, rejected.size(), rejected, warnings);
    }

    private void update(UUID jobId, Consumer<StructureImport> change) {
        QuarkusTransaction.requiringNew().run(() -> {
            StructureImport job = StructureImport.findById(jobId);
            change.accept(job);
            job.heartbeatAt = Instant.now();
            if (!queued.isEmpty()) {
                StructureImport.update("heartbeatAt = ?1 where id in ?2", job.heartbeatAt, List.copyOf(queued));
            }
        });
    }
}
