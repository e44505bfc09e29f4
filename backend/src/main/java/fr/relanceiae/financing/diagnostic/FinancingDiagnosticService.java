package fr.relanceiae.financing.diagnostic;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import fr.relanceiae.account.AppUser;
import fr.relanceiae.account.Role;
import fr.relanceiae.directory.profile.ActingStructure;
import fr.relanceiae.directory.profile.CallerStructures;
import fr.relanceiae.directory.profile.Structure;
import fr.relanceiae.financing.compute.Diagnosis;
import fr.relanceiae.financing.compute.DiagnosticInputs;
import fr.relanceiae.financing.compute.FinancingRules;
import fr.relanceiae.financing.compute.Instrument;
import fr.relanceiae.financing.diagnostic.FinancingDiagnosticViews.DiagnosticPage;
import fr.relanceiae.financing.diagnostic.FinancingDiagnosticViews.Figures;
import fr.relanceiae.financing.diagnostic.FinancingDiagnosticViews.Orientation;
import fr.relanceiae.financing.diagnostic.FinancingDiagnosticViews.RecommendationView;
import fr.relanceiae.financing.diagnostic.FinancingDiagnosticViews.Summary;
import fr.relanceiae.financing.diagnostic.FinancingDiagnosticViews.View;
import fr.relanceiae.financing.rules.ActiveFinancingRules;
import fr.relanceiae.shared.audit.AuditAction;
import fr.relanceiae.shared.audit.AuditLog;
import fr.relanceiae.shared.error.FieldError;
import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.error.ProblemType;
import fr.relanceiae.shared.paging.Page;
import fr.relanceiae.shared.persistence.UniqueKeys;
import fr.relanceiae.shared.web.ETags;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * Financing diagnostics through their life: a draft opened by the structure, a facilitator or a
 * declared need (pre-filled from the profile and the last survey), rewritten while a draft,
 * submitted once complete, reviewed, oriented and closed by a facilitator. Every view carries the
 * figures and the recommendations of the rules in force, computed at the time of the read; every
 * read by someone other than the structure's users is written to the audit log.
 */
@ApplicationScoped
public class FinancingDiagnosticService {

    /** The record type of diagnostics in the audit log. */
    public static final String AUDIT_TYPE = "FINANCING_DIAGNOSTIC";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String OPEN_INDEX = "financing_diagnostic_open_idx";
    static final String ALREADY_OPEN = "Cette structure a déjà un diagnostic en cours : reprenez-le plutôt que d'en "
            + "ouvrir un autre.";
    private static final String INVALID = "Certains champs sont invalides.";
    static final String NOT_FOUND = "Diagnostic introuvable.";
    /** A follow-up further away is a typing mistake (and the database's dates end somewhere). */
    static final int MAX_FOLLOW_UP_YEARS = 2;
    private static final ActingStructure.Messages DIAGNOSED = new ActingStructure.Messages(
            "Choisissez la structure à diagnostiquer.", "Votre organisation n'a aucune structure active.",
            "Choisissez laquelle de vos structures est diagnostiquée.");
    private static final BigDecimal MAX_MONEY = new BigDecimal(FinancingDiagnosticInputs.MAX_MONEY);

    private final CallerStructures access;
    private final ActiveFinancingRules activeRules;
    private final AuditLog audit;
    private final FinancingMails mails;

    public FinancingDiagnosticService(CallerStructures access, ActiveFinancingRules activeRules, AuditLog audit,
            FinancingMails mails) {
        this.access = access;
        this.activeRules = activeRules;
        this.audit = audit;
        this.mails = mails;
    }

    @Transactional
    public View create(FinancingDiagnosticCreate input) {
        Structure structure = diagnosedStructure(input.structureId());
        FinancingDiagnosticInputs given = input.inputs() == null ? FinancingDiagnosticInputs.EMPTY : input.inputs();
        requireValid(given, "inputs.");
        FinancingDiagnostic diagnostic = newDraft(structure, prefilled(structure, given, lastRevenueLoss(structure.id)),
                access.userId());
        if (access.actsForAll()) {
            mails.draftOpenedForStructure(diagnostic);
        }
        return view(diagnostic, activeRules.current());
    }

    /**
     * A new draft for {@code structure} (none open: checked here, and by the unique index against a
     * concurrent one), with these inputs.
     */
    static FinancingDiagnostic newDraft(Structure structure, FinancingDiagnosticInputs inputs, UUID author) {
        openDiagnosticOf(structure.id).ifPresent(open -> {
            throw alreadyOpen(open);
        });
        FinancingDiagnostic diagnostic = new FinancingDiagnostic();
        diagnostic.id = UUID.randomUUID();
        diagnostic.structure = structure;
        diagnostic.createdByUserId = author;
        diagnostic.write(inputs);
        diagnostic.persist();
        UniqueKeys.flushOrConflict(OPEN_INDEX, ALREADY_OPEN);
        return diagnostic;
    }

    static Optional<FinancingDiagnostic> openDiagnosticOf(UUID structureId) {
        return FinancingDiagnostic.find("structure.id = ?1 and status <> ?2", structureId,
                FinancingDiagnosticStatus.CLOSED).firstResultOptional();
    }

    /** A 409 that points to the open diagnostic ({@code Location}), for the client to resume it. */
    private static ProblemException alreadyOpen(FinancingDiagnostic open) {
        return new ProblemException(ProblemType.CONFLICT, ALREADY_OPEN,
                List.of(new FieldError("structureId", ALREADY_OPEN)),
                Map.of("Location", "/api/v1/financing-diagnostics/" + open.id));
    }

    /** The inputs given, completed where they are silent by the structure's profile and its last survey. */
    static FinancingDiagnosticInputs prefilled(Structure structure, FinancingDiagnosticInputs given,
            Integer lastRevenueLossPct) {
        DiagnosticInputs.Builder inputs = given.toCompute(structure.kind).toBuilder();
        DiagnosticInputs current = given.toCompute(structure.kind);
        // A profile may declare more revenue than a diagnostic holds (numeric(14,2)): it is then left to fill in.
        if (current.lastYearRevenue() == null && structure.annualRevenue != null
                && BigDecimal.valueOf(structure.annualRevenue).compareTo(MAX_MONEY) <= 0) {
            inputs.lastYearRevenue(BigDecimal.valueOf(structure.annualRevenue));
        }
        if (current.revenueLossPct() == null && lastRevenueLossPct != null) {
            inputs.revenueLossPct(BigDecimal.valueOf(lastRevenueLossPct));
        }
        if (current.permanentHeadcount() == null) {
            inputs.permanentHeadcount(structure.permanentHeadcount);
        }
        if (current.insertionFte() == null) {
            inputs.insertionFte(structure.insertionFte);
        }
        return FinancingDiagnosticInputs.of(inputs.build());
    }

    /** The revenue loss of the structure's most recent survey answer, if any. */
    static Integer lastRevenueLoss(UUID structureId) {
        List<?> found = FinancingDiagnostic.getEntityManager().createNativeQuery(
                "select revenue_loss_pct from activity_survey where structure_id = :structure "
                        + "order by week_start desc limit 1")
                .setParameter("structure", structureId).getResultList();
        return found.isEmpty() ? null : ((Number) found.get(0)).intValue();
    }

    @Transactional
    public View update(UUID id, String ifMatch, FinancingDiagnosticInputs inputs) {
        FinancingDiagnostic diagnostic = requireVisible(id, LockModeType.PESSIMISTIC_WRITE);
        ETags.check(ifMatch, diagnostic.version);
        requireStatus(diagnostic.status == FinancingDiagnosticStatus.DRAFT,
                "Seul un diagnostic en brouillon se modifie.");
        requireValid(inputs, "");
        diagnostic.write(inputs);
        ETags.flush(FinancingDiagnostic.getEntityManager());
        return readBy(diagnostic);
    }

    @Transactional
    public View get(UUID id) {
        FinancingDiagnostic diagnostic = requireVisible(id, LockModeType.NONE);
        if (access.actsForAll()) {
            audit.recordReads(AuditAction.READ, AUDIT_TYPE, List.of(diagnostic.id));
        }
        return view(diagnostic, activeRules.current());
    }

    @Transactional
    public DiagnosticPage list(FinancingDiagnosticQuery query) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (!access.actsForAll()) {
            where.append(" and structure.organisation.id = :organisation");
            parameters.and("organisation", access.organisationId());
        }
        if (query.status != null && !query.status.isEmpty()) {
            where.append(" and status in :statuses");
            parameters.and("statuses", Set.copyOf(query.status));
        }
        if (query.riskLevel != null && !query.riskLevel.isEmpty()) {
            where.append(" and riskLevel in :risks");
            parameters.and("risks", Set.copyOf(query.riskLevel));
        }
        if (query.department != null && !query.department.isBlank()) {
            where.append(" and structure.department = :department");
            parameters.and("department", query.department.strip().toUpperCase(Locale.ROOT));
        }
        UUID assignee = query.assigneeId(access.userId());
        if (query.unassigned()) {
            where.append(" and assigneeUserId is null");
        } else if (assignee != null) {
            where.append(" and assigneeUserId = :assignee");
            parameters.and("assignee", assignee);
        }
        if (query.structureId != null) {
            where.append(" and structure.id = :structure");
            parameters.and("structure", query.structureId);
        }
        Page<FinancingDiagnostic> page = Page.fetch(FinancingDiagnostic.find(where.toString(),
                Sort.by("updatedAt", Sort.Direction.Descending).and("id"), parameters), query);
        if (access.actsForAll()) {
            audit.recordReads(AuditAction.LIST, AUDIT_TYPE, page.items().stream().map(d -> d.id).toList());
        }
        Map<UUID, String> names = names(page.items().stream().map(d -> d.assigneeUserId).toList());
        List<Summary> items = page.items().stream().map(d -> new Summary(d.id, d.structure.id, d.structure.name,
                d.structure.department, d.structure.kind, d.status, d.riskLevel, d.assigneeUserId,
                names.get(d.assigneeUserId), d.followUpDate, d.createdAt, d.updatedAt, d.submittedAt)).toList();
        return new DiagnosticPage(items, page.page(), page.size(), page.totalItems());
    }

    /** DRAFT → SUBMITTED, once every input a figure needs is there (400 listing the others). */
    @Transactional
    public View submit(UUID id, String ifMatch) {
        FinancingDiagnostic diagnostic = lockedForTransition(id, ifMatch);
        requireStatus(diagnostic.status == FinancingDiagnosticStatus.DRAFT, "Ce diagnostic est déjà soumis.");
        FinancingDiagnosticInputs inputs = diagnostic.inputs();
        List<FieldError> missing = inputs.toCompute(diagnostic.structure.kind).missingForSubmission();
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION,
                    "Complétez le diagnostic avant de le soumettre : " + missing.size() + " champ(s) manquant(s).",
                    missing, Map.of());
        }
        diagnostic.status = FinancingDiagnosticStatus.SUBMITTED;
        diagnostic.submittedAt = Instant.now();
        ETags.flush(FinancingDiagnostic.getEntityManager());
        return readBy(diagnostic);
    }

    /** A facilitator takes a submitted diagnostic in hand (SUBMITTED → IN_REVIEW), or updates the review. */
    @Transactional
    public View review(UUID id, String ifMatch, FinancingReviewInput input) {
        FinancingDiagnostic diagnostic = lockedForTransition(id, ifMatch);
        requireStatus(diagnostic.status == FinancingDiagnosticStatus.SUBMITTED
                || diagnostic.status == FinancingDiagnosticStatus.IN_REVIEW,
                "Seul un diagnostic soumis (ou déjà à l'étude) se prend en charge.");
        UUID assignee = input.assigneeUserId() == null ? access.userId() : input.assigneeUserId();
        requireFacilitator(assignee);
        UUID previous = diagnostic.assigneeUserId;
        diagnostic.assigneeUserId = assignee;
        if (input.notes() != null) {
            diagnostic.reviewNotes = input.notes().isBlank() ? null : input.notes().strip();
        }
        if (diagnostic.status == FinancingDiagnosticStatus.SUBMITTED) {
            diagnostic.status = FinancingDiagnosticStatus.IN_REVIEW;
            diagnostic.reviewedAt = Instant.now();
        }
        if (!assignee.equals(previous) && !assignee.equals(access.userId())) {
            mails.assigned(diagnostic, AppUser.findById(assignee));
        }
        ETags.flush(FinancingDiagnostic.getEntityManager());
        return readBy(diagnostic);
    }

    /** IN_REVIEW → ORIENTED (or a new orientation of an oriented one); the structure is told by e-mail. */
    @Transactional
    public View orient(UUID id, String ifMatch, FinancingOrientationInput input) {
        FinancingDiagnostic diagnostic = lockedForTransition(id, ifMatch);
        requireStatus(diagnostic.status == FinancingDiagnosticStatus.IN_REVIEW
                || diagnostic.status == FinancingDiagnosticStatus.ORIENTED,
                "Seul un diagnostic à l'étude s'oriente : prenez-le d'abord en charge.");
        LocalDate today = LocalDate.now(PARIS);
        if (input.followUpDate() != null && input.followUpDate().isBefore(today)) {
            throw ProblemException.invalidField("followUpDate", "La date de suivi ne peut pas être passée.");
        }
        if (input.followUpDate() != null && input.followUpDate().isAfter(today.plusYears(MAX_FOLLOW_UP_YEARS))) {
            throw ProblemException.invalidField("followUpDate", "La date de suivi doit être dans les "
                    + MAX_FOLLOW_UP_YEARS + " ans.");
        }
        diagnostic.orientationInstruments = new LinkedHashSet<>(input.instruments()).stream().map(Instrument::name)
                .toArray(String[]::new);
        diagnostic.orientationComment = input.comment() == null || input.comment().isBlank() ? null
                : input.comment().strip();
        diagnostic.followUpDate = input.followUpDate();
        diagnostic.status = FinancingDiagnosticStatus.ORIENTED;
        diagnostic.orientedAt = Instant.now();
        if (diagnostic.assigneeUserId == null) {
            diagnostic.assigneeUserId = access.userId();
        }
        mails.oriented(diagnostic);
        ETags.flush(FinancingDiagnostic.getEntityManager());
        return readBy(diagnostic);
    }

    /**
     * Any open diagnostic → CLOSED, by a facilitator; the structure's users may only close (abandon)
     * their own draft. A closed diagnostic lets the structure open a new one.
     */
    @Transactional
    public View close(UUID id, String ifMatch, FinancingCloseInput input) {
        FinancingDiagnostic diagnostic = lockedForTransition(id, ifMatch);
        requireStatus(diagnostic.status.isOpen(), "Ce diagnostic est déjà clos.");
        if (!access.actsForAll() && diagnostic.status != FinancingDiagnosticStatus.DRAFT) {
            throw ProblemException.conflict("Une fois soumis, un diagnostic est clos par la personne qui le suit.");
        }
        diagnostic.status = FinancingDiagnosticStatus.CLOSED;
        diagnostic.closedAt = Instant.now();
        String reason = input == null ? null : input.reason();
        diagnostic.closeReason = reason == null || reason.isBlank() ? null : reason.strip();
        ETags.flush(FinancingDiagnostic.getEntityManager());
        return readBy(diagnostic);
    }

    private FinancingDiagnostic lockedForTransition(UUID id, String ifMatch) {
        FinancingDiagnostic diagnostic = requireVisible(id, LockModeType.PESSIMISTIC_WRITE);
        // Optional on transitions: a client that sends it is protected against acting on a stale view.
        if (ifMatch != null) {
            ETags.check(ifMatch, diagnostic.version);
        }
        return diagnostic;
    }

    /**
     * The diagnostic if the caller sees it (its structure's users, facilitators and admins), its row
     * locked as asked until the transaction ends; else a 404, as if it did not exist.
     */
    private FinancingDiagnostic requireVisible(UUID id, LockModeType lock) {
        return access.requireActsFor(FinancingDiagnostic.<FinancingDiagnostic>findById(id, lock),
                diagnostic -> diagnostic.structure, NOT_FOUND);
    }

    /** The view after a write: audited too when the writer is not the structure (it reads the figures). */
    private View readBy(FinancingDiagnostic diagnostic) {
        if (access.actsForAll()) {
            audit.recordReads(AuditAction.READ, AUDIT_TYPE, List.of(diagnostic.id));
        }
        return view(diagnostic, activeRules.current());
    }

    /** The structure a diagnostic is for: the caller's own (the only one, or the one named), or any for a facilitator. */
    private Structure diagnosedStructure(UUID structureId) {
        return access.acting(structureId, DIAGNOSED);
    }

    private static void requireFacilitator(UUID userId) {
        AppUser user = AppUser.findById(userId);
        if (user == null || user.role != Role.facilitator || !user.active) {
            throw ProblemException.invalidField("assigneeUserId", "Choisissez un animateur ou une animatrice actif.");
        }
    }

    /** The domain's checks of the values given, each error naming its field (after {@code prefix}). */
    private static void requireValid(FinancingDiagnosticInputs inputs, String prefix) {
        List<FieldError> errors = inputs.toCompute(null).validate();
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, INVALID,
                    errors.stream().map(error -> new FieldError(prefix + error.field(), error.message())).toList(),
                    Map.of());
        }
    }

    private static void requireStatus(boolean allowed, String detail) {
        if (!allowed) {
            throw ProblemException.conflict(detail);
        }
    }

    /** The display names of these users (nulls skipped); a map that answers null for null. */
    private static Map<UUID, String> names(Collection<UUID> userIds) {
        List<UUID> ids = userIds.stream().filter(Objects::nonNull).distinct().toList();
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            AppUser.<AppUser>list("id in ?1", ids).forEach(user -> names.put(user.id, user.displayName));
        }
        return names;
    }

    /** The whole view, figures and recommendations computed now with {@code rules}. */
    View view(FinancingDiagnostic diagnostic, FinancingRules rules) {
        FinancingDiagnosticInputs inputs = diagnostic.inputs();
        DiagnosticInputs compute = inputs.toCompute(diagnostic.structure.kind);
        Diagnosis diagnosis = rules.diagnose(compute);
        Structure structure = diagnostic.structure;
        boolean reviewer = access.actsForAll();
        List<Instrument> oriented = diagnostic.orientation();
        return new View(diagnostic.id, structure.id, structure.name, structure.department, structure.kind,
                diagnostic.status, inputs, Figures.of(diagnosis.figures()),
                diagnosis.recommendations().stream().map(RecommendationView::of).toList(),
                compute.missingForSubmission().stream().map(FieldError::field).toList(), diagnostic.assigneeUserId,
                names(Collections.singletonList(diagnostic.assigneeUserId)).get(diagnostic.assigneeUserId),
                reviewer ? diagnostic.reviewNotes : null,
                oriented.isEmpty() && diagnostic.orientationComment == null ? null
                        : new Orientation(oriented, diagnostic.orientationComment),
                diagnostic.followUpDate, diagnostic.closeReason, diagnostic.createdAt, diagnostic.updatedAt,
                diagnostic.submittedAt, diagnostic.version);
    }
}
