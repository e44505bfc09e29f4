package fr.relanceiae.directory.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.jboss.logging.Logger;

import fr.relanceiae.directory.DirectoryReferenceLoader;
import fr.relanceiae.directory.DirectoryReferences;
import fr.relanceiae.directory.GeoRange;
import fr.relanceiae.directory.Siret;
import fr.relanceiae.directory.exporting.StructureExportWriter;
import fr.relanceiae.directory.importing.ImportReport.ImportWarning;
import fr.relanceiae.directory.importing.ImportReport.RejectedRow;
import fr.relanceiae.directory.profile.ActivityInput;
import fr.relanceiae.directory.profile.StructureInput;
import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.reference.StructureKind;
import fr.relanceiae.shared.error.FieldError;
import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.error.ProblemType;
import fr.relanceiae.shared.security.CallerContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * CSV imports. The request reads the file and checks its header, then stores the job and
 * the file in PostgreSQL (QUEUED; at most {@link ImportConfig#maxQueued()} of them, across
 * replicas). Each replica runs one worker thread that claims the oldest QUEUED job
 * ({@code FOR UPDATE SKIP LOCKED}, so two replicas never take the same one) and writes its
 * rows in chunks of {@value #CHUNK}, each chunk in its own transaction with what it
 * rejected and warned about; a chunk that fails is written again row by row, so a bad row
 * never stops the good ones and no row is ever half-written. The file is deleted when the
 * job ends; the rejected lines are kept, for rejected.csv. A job left RUNNING by a replica
 * that stopped is marked FAILED by the scheduled {@link #failStale()}.
 */
@ApplicationScoped
public class StructureImportService {

    private static final Logger LOG = Logger.getLogger(StructureImportService.class);
    static final int CHUNK = 250;
    /** Rejected rows and warnings the job's report lists; the CSV files have all of them. */
    static final int REPORT_ROWS = 100;
    /** A RUNNING job whose heartbeat is older than this belonged to a replica that stopped. */
    static final Duration STALE_AFTER = Duration.ofMinutes(2);
    /** Longest message or SIRET a report keeps (a cell quoted in a message may be huge). */
    private static final int MAX_TEXT = 500;
    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
    private static final int CSV_PAGE = 1000;
    static final String INTERRUPTED = "L'import a été interrompu (arrêt du serveur qui le traitait) : relancez-le, "
            + "les lignes déjà écrites seront comptées inchangées.";

    private final StructureImportWriter writer;
    private final DirectoryReferenceLoader referenceLoader;
    private final CsvVocabulary vocabulary;
    private final CallerContext caller;
    private final ImportConfig config;
    private final EntityManager entityManager;
    /** Released when this replica accepts a job, so that its idle worker starts at once. */
    private final Semaphore wake = new Semaphore(0);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "structure-import");
        thread.setDaemon(true);
        return thread;
    });

    public StructureImportService(StructureImportWriter writer, DirectoryReferenceLoader referenceLoader,
            CsvVocabulary vocabulary, CallerContext caller, ImportConfig config,
            EntityManager entityManager) {
        this.writer = writer;
        this.referenceLoader = referenceLoader;
        this.vocabulary = vocabulary;
        this.caller = caller;
        this.config = config;
        this.entityManager = entityManager;
    }

    void startWorker(@Observes StartupEvent event) {
        if (config.worker()) {
            worker.submit(this::work);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    public StructureImportView start(byte[] file) {
        List<CsvText.Record> records = CsvText.parse(CsvText.decode(file));
        if (records.isEmpty()) {
            throw ProblemException.invalidField("file", "Le fichier est vide.");
        }
        List<String> headerCells = records.get(0).cells();
        List<String> missing = StructureCsv.missingColumns(StructureCsv.header(headerCells));
        if (!missing.isEmpty()) {
            List<String> unknown = StructureCsv.unknownColumns(headerCells);
            String message = "Colonnes obligatoires absentes : "
                    + missing.stream().map(StructureCsv::named).collect(Collectors.joining(", ")) + "."
                    + (unknown.isEmpty() ? "" : " Colonnes non reconnues : " + quoted(unknown) + ".")
                    + " La première ligne doit nommer les colonnes, par leur nom en français ou leur code "
                    + "(voir le modèle à télécharger).";
            // The message is the problem's detail too: a client shows it as it is.
            throw new ProblemException(ProblemType.VALIDATION, message, List.of(new FieldError("file", message)),
                    Map.of());
        }
        int rows = dataRows(records).size();
        UUID createdBy = caller.userId().orElse(null);
        StructureImport job = QuarkusTransaction.requiringNew().call(() -> {
            // Uploads count the queue one at a time, on every replica: the bound holds under concurrency.
            entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext('structure_import_queue'))")
                    .getResultList();
            if (StructureImport.count("status", ImportStatus.QUEUED) >= config.maxQueued()) {
                long minutes = Math.max(1, (config.retryAfter().toSeconds() + 59) / 60);
                throw ProblemException.tooManyRequests("Trop d'imports en attente (" + config.maxQueued()
                        + ") : réessayez dans " + minutes + (minutes > 1 ? " minutes." : " minute."),
                        config.retryAfter().toSeconds());
            }
            StructureImport created = new StructureImport();
            created.id = UUID.randomUUID();
            created.status = ImportStatus.QUEUED;
            created.createdBy = createdBy;
            created.totalRows = rows;
            created.createdAt = Instant.now();
            created.heartbeatAt = created.createdAt;
            created.persist();
            StructureImportFile stored = new StructureImportFile();
            stored.importId = created.id;
            stored.content = file;
            stored.persist();
            return created;
        });
        wake.release();
        return StructureImportView.of(job, null);
    }

    /** The columns of a structure file and the values they accept, from the reference data. */
    public StructureImportFormat format() {
        return StructureImportFormat.of(vocabulary);
    }

    /**
     * A file to fill in: the French headers and one example row, written as the readable export
     * writes a structure (so that it imports as it is).
     */
    public byte[] template() {
        StructureInput.Builder example = StructureInput.builder();
        example.siret = "100 000 009 00017";
        example.name = "Les Jardins de l'Exemple";
        example.kind = StructureKind.ACI;
        example.legalForm = "Association";
        example.naf = "81.30Z";
        example.address = "1 rue de l'Exemple";
        example.postCode = "93100";
        example.city = "Montreuil";
        example.department = "93";
        example.latitude = 48.8611;
        example.longitude = 2.4437;
        example.description = "Entretien d'espaces verts et nettoyage de locaux.";
        example.email = "contact@exemple.fr";
        example.phone = "01 23 45 67 89";
        example.website = "https://www.exemple.fr";
        example.insertionFte = new BigDecimal("12.5");
        example.labels = List.of();
        example.networks = List.of();
        example.clientReferences = List.of();
        example.active = true;
        List<ActivityInput> activities = vocabulary.firstSectors(2).stream()
                .map(sector -> new ActivityInput(sector, List.of(PrestaType.SERVICE), GeoRange.DEPARTMENTS,
                        List.of("75", "93"), null))
                .toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            StructureExportWriter writer = StructureExportWriter.csv(out, StructureCsv.Layout.READABLE);
            writer.header(StructureCsv.headers(StructureCsv.Layout.READABLE, false));
            writer.row(StructureCsv.row(new StructureCsv.Source(example.build(), activities, null),
                    StructureCsv.Layout.READABLE, false, vocabulary));
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The job, with its report (the first rows) once DONE. Only reads: a job whose replica stopped
     * while it ran becomes FAILED through {@link #failStale()}.
     */
    @Transactional
    public StructureImportView get(UUID id) {
        StructureImport job = find(id);
        return StructureImportView.of(job, job.status == ImportStatus.DONE ? report(job) : null);
    }

    /**
     * Every rejected line as it was in the file (UTF-8 with BOM, {@code ;}), behind two columns:
     * its line and its reasons. Fixed, the file imports again (the import ignores those two columns).
     */
    @Transactional
    public byte[] rejectedCsv(UUID id) {
        StructureImport job = ended(id);
        ByteArrayOutputStream out = csv(job.rejected);
        String added = CsvText.joined(List.of("ligne", "motifs"));
        out.writeBytes(utf8(job.headerCsv == null ? added : added + ";"));
        if (job.headerCsv != null) {
            out.writeBytes(job.headerCsv);
        }
        out.writeBytes(utf8("\r\n"));
        int after = 0;
        List<StructureImportRejection> page;
        do {
            page = StructureImportRejection.<StructureImportRejection>find("importId = ?1 and line > ?2 order by line",
                    id, after).page(0, CSV_PAGE).list();
            for (StructureImportRejection rejection : page) {
                out.writeBytes(utf8(CsvText.joined(List.of(Integer.toString(rejection.line),
                        String.join(" | ", rejection.reasons))) + ";"));
                out.writeBytes(rejection.originalCsv);
                out.writeBytes(utf8("\r\n"));
                after = rejection.line;
            }
            entityManager.clear();
        } while (page.size() == CSV_PAGE);
        return out.toByteArray();
    }

    /** Every warning (UTF-8 with BOM, {@code ;}): line, SIRET, message. */
    @Transactional
    public byte[] warningsCsv(UUID id) {
        StructureImport job = ended(id);
        ByteArrayOutputStream out = csv(job.warnings);
        out.writeBytes(utf8(CsvText.line(List.of("ligne", "siret", "avertissement"))));
        int after = -1;
        List<StructureImportWarning> page;
        do {
            page = StructureImportWarning.<StructureImportWarning>find(
                    "importId = ?1 and position > ?2 order by position", id, after).page(0, CSV_PAGE).list();
            for (StructureImportWarning warning : page) {
                out.writeBytes(utf8(CsvText.line(Arrays.asList(Integer.toString(warning.line), warning.siret,
                        warning.message))));
                after = warning.position;
            }
            entityManager.clear();
        } while (page.size() == CSV_PAGE);
        return out.toByteArray();
    }

    private static StructureImport find(UUID id) {
        return StructureImport.<StructureImport>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Import introuvable."));
    }

    /** The job, once it has ended: its lists are complete only then. */
    private static StructureImport ended(UUID id) {
        StructureImport job = find(id);
        if (job.status == ImportStatus.QUEUED || job.status == ImportStatus.RUNNING) {
            throw ProblemException.conflict("L'import n'est pas terminé : le fichier sera disponible à la fin.");
        }
        return job;
    }

    private static ByteArrayOutputStream csv(int rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + rows * 200);
        out.writeBytes(BOM);
        return out;
    }

    private static ImportReport report(StructureImport job) {
        List<RejectedRow> rejected = StructureImportRejection
                .<StructureImportRejection>find("importId = ?1 order by line", job.id).page(0, REPORT_ROWS).list()
                .stream().map(r -> new RejectedRow(r.line, r.siret, List.of(r.reasons))).toList();
        List<ImportWarning> warnings = StructureImportWarning
                .<StructureImportWarning>find("importId = ?1 order by position", job.id).page(0, REPORT_ROWS).list()
                .stream().map(w -> new ImportWarning(w.line, w.siret, w.message)).toList();
        return new ImportReport(job.created, job.updated, job.unchanged, job.rejected, job.warnings, rejected,
                warnings);
    }

    /** The worker's loop: the next job, or a nap until an upload here or the next look. */
    private void work() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Optional<UUID> next = claim();
                if (next.isPresent()) {
                    run(next.get());
                } else {
                    wake.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.error("The structure import worker failed; it goes on after a pause", e);
                try {
                    Thread.sleep(config.pollInterval().toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** The oldest QUEUED job, now RUNNING here; a job another replica is claiming is skipped, not waited for. */
    Optional<UUID> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> ids = entityManager.createNativeQuery("select id from structure_import where status = 'QUEUED'"
                    + " order by created_at limit 1 for update skip locked").getResultList();
            if (ids.isEmpty()) {
                return Optional.<UUID>empty();
            }
            StructureImport job = StructureImport.findById(ids.get(0));
            job.status = ImportStatus.RUNNING;
            job.startedAt = Instant.now();
            job.heartbeatAt = job.startedAt;
            return Optional.of(job.id);
        });
    }

    /**
     * Jobs whose replica stopped while they ran, FAILED, and their files deleted: nobody may ask
     * for such a job again, and a file is up to 50 MB. Every replica runs it: the update only
     * touches RUNNING jobs whose heartbeat is older than {@link #STALE_AFTER}, so when two run at
     * once the second finds nothing left to do, and a live job (its heartbeat moves with each
     * chunk) is never touched.
     */
    @Scheduled(every = "${relance.import.stale-check-every:30s}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void failStale() {
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("with failed as ("
                + " update structure_import set status = 'FAILED', error = :error, finished_at = :now"
                + " where status = 'RUNNING' and heartbeat_at < :limit returning id)"
                + " delete from structure_import_file where import_id in (select id from failed)")
                .setParameter("error", INTERRUPTED).setParameter("now", now)
                .setParameter("limit", now.minus(STALE_AFTER)).executeUpdate());
    }

    private void run(UUID jobId) {
        try {
            byte[] file = QuarkusTransaction.requiringNew()
                    .call(() -> StructureImportFile.<StructureImportFile>findById(jobId).content);
            List<CsvText.Record> records = CsvText.parse(CsvText.decode(file));
            Map<String, Integer> header = StructureCsv.header(records.get(0).cells());
            byte[] headerCsv = utf8(CsvText.joined(records.get(0).cells()));
            List<CsvText.Record> rows = dataRows(records);
            DirectoryReferences references = referenceLoader.references();
                Map<Integer, Integer> duplicates = duplicates(rows, header);
            List<String> unknown = StructureCsv.unknownColumns(records.get(0).cells());
            update(jobId, job -> {
                job.headerCsv = headerCsv;
                if (!unknown.isEmpty()) {
                    // Said once, on the header's line, rather than silently: a misspelt column is lost data.
                    StructureImportWarning warning = new StructureImportWarning();
                    warning.importId = jobId;
                    warning.position = 0;
                    warning.line = 1;
                    warning.message = capped("Colonnes non reconnues, ignorées : " + quoted(unknown) + ".");
                    warning.persist();
                    job.warnings = 1;
                }
            });
            int warnings = unknown.isEmpty() ? 0 : 1;
            for (int from = 0; from < rows.size(); from += CHUNK) {
                List<CsvText.Record> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                List<StructureImportWriter.Outcome> outcomes = write(chunk, header, references, vocabulary, duplicates);
                warnings = record(jobId, chunk, outcomes, warnings);
            }
            update(jobId, job -> {
                job.status = ImportStatus.DONE;
                job.finishedAt = Instant.now();
                StructureImportFile.deleteById(jobId);
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Structure import %s failed", jobId);
            update(jobId, job -> {
                job.status = ImportStatus.FAILED;
                job.error = "Erreur inattendue : l'import s'est arrêté. Les lignes déjà traitées sont enregistrées.";
                job.finishedAt = Instant.now();
                StructureImportFile.deleteById(jobId);
            });
        }
    }

    private List<StructureImportWriter.Outcome> write(List<CsvText.Record> chunk, Map<String, Integer> header,
            DirectoryReferences references, CsvVocabulary vocabulary, Map<Integer, Integer> duplicates) {
        try {
            return QuarkusTransaction.requiringNew()
                    .call(() -> writer.write(chunk, header, references, vocabulary, duplicates));
        } catch (RuntimeException chunkFailure) {
            LOG.debugf(chunkFailure, "An import chunk failed; writing its rows one by one");
            List<StructureImportWriter.Outcome> outcomes = new ArrayList<>(chunk.size());
            for (CsvText.Record record : chunk) {
                try {
                    outcomes.addAll(QuarkusTransaction.requiringNew()
                            .call(() -> writer.write(List.of(record), header, references, vocabulary, duplicates)));
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

    /**
     * The chunk's outcomes on the job: counts, progress, each rejected line with its cells as they
     * were, each warning (numbered on from {@code warningsBefore}); the job's warnings after it.
     */
    private int record(UUID jobId, List<CsvText.Record> chunk, List<StructureImportWriter.Outcome> outcomes,
            int warningsBefore) {
        Map<Integer, CsvText.Record> byLine = new HashMap<>();
        chunk.forEach(record -> byLine.put(record.line(), record));
        List<StructureImportRejection> rejections = new ArrayList<>();
        List<StructureImportWarning> warnings = new ArrayList<>();
        int[] counts = new int[StructureImportWriter.Result.values().length];
        for (StructureImportWriter.Outcome outcome : outcomes) {
            counts[outcome.result().ordinal()]++;
            if (outcome.result() == StructureImportWriter.Result.REJECTED) {
                StructureImportRejection rejection = new StructureImportRejection();
                rejection.importId = jobId;
                rejection.line = outcome.line();
                rejection.siret = capped(outcome.siret());
                rejection.reasons = outcome.reasons().stream().map(StructureImportService::capped)
                        .toArray(String[]::new);
                rejection.originalCsv = utf8(CsvText.joined(byLine.get(outcome.line()).cells()));
                rejections.add(rejection);
            }
            for (String message : outcome.warnings()) {
                StructureImportWarning warning = new StructureImportWarning();
                warning.importId = jobId;
                warning.position = warningsBefore + warnings.size();
                warning.line = outcome.line();
                warning.siret = capped(outcome.siret());
                warning.message = capped(message);
                warnings.add(warning);
            }
        }
        update(jobId, job -> {
            entityManager.unwrap(Session.class).setJdbcBatchSize(CSV_PAGE);
            rejections.forEach(rejection -> rejection.persist());
            warnings.forEach(warning -> warning.persist());
            job.created += counts[StructureImportWriter.Result.CREATED.ordinal()];
            job.updated += counts[StructureImportWriter.Result.UPDATED.ordinal()];
            job.unchanged += counts[StructureImportWriter.Result.UNCHANGED.ordinal()];
            job.rejected += rejections.size();
            job.warnings += warnings.size();
            job.processedRows += outcomes.size();
        });
        return warningsBefore + warnings.size();
    }

    private static List<CsvText.Record> dataRows(List<CsvText.Record> records) {
        return records.subList(1, records.size()).stream().filter(r -> !r.isBlank()).toList();
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

    /** Header cells as a message names them: quoted, each and the list shortened. */
    private static String quoted(List<String> cells) {
        String listed = cells.stream().limit(10).map(cell -> "« " + (cell.length() > 60 ? cell.substring(0, 59) + "…"
                : cell) + " »").collect(Collectors.joining(", "));
        return cells.size() > 10 ? listed + " et " + (cells.size() - 10) + " autres" : listed;
    }

    private static String capped(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A change to the job in its own transaction; the heartbeat moves with it. */
    private void update(UUID jobId, Consumer<StructureImport> change) {
        QuarkusTransaction.requiringNew().run(() -> {
            StructureImport job = StructureImport.findById(jobId);
            change.accept(job);
            job.heartbeatAt = Instant.now();
        });
    }
}
