package fr.relanceiae.sourcing.request;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import fr.relanceiae.directory.profile.StructureRules;
import fr.relanceiae.shared.error.FieldError;
import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.error.ProblemType;
import fr.relanceiae.shared.paging.Page;
import fr.relanceiae.shared.web.ETags;
import fr.relanceiae.sourcing.SourcingOutcome;
import fr.relanceiae.sourcing.SourcingReferences;
import fr.relanceiae.sourcing.SourcingStatus;
import fr.relanceiae.sourcing.contract.OngoingContract;
import fr.relanceiae.sourcing.request.SourcingRequestRules.Stage;
import io.quarkus.panache.common.Parameters;

/**
 * Writing sourcing requests and moving them through their lifecycle
 * ({@code DRAFT → SUBMITTED → PUBLISHED → CLOSED}, and back from SUBMITTED to DRAFT).
 * A transition checks the status it starts from (409 otherwise) and is written at once:
 * of two concurrent transitions of one request, the version lets only the first one
 * through, the other answers 409. Publishing, closing and extending the deadline fire a
 * {@link SourcingRequestEvent} inside the transaction.
 */
@ApplicationScoped
@Transactional
public class SourcingRequestService {

    public static final int MAX_ATTACHMENTS = 3;
    public static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A downloaded attachment, read whole inside the transaction. */
    public record AttachmentFile(String fileName, String contentType, byte[] content) {
    }

    private final SourcingAccess access;
    private final SourcingReferences references;
    private final SourcingRequestViews views;
    private final Event<SourcingRequestEvent> events;
    private final EntityManager entityManager;
    private final SourcingRequestRules.Lookups lookups = new DatabaseLookups();

    public SourcingRequestService(SourcingAccess access, SourcingReferences references, SourcingRequestViews views,
            Event<SourcingRequestEvent> events, EntityManager entityManager) {
        this.access = access;
        this.references = references;
        this.views = views;
        this.events = events;
        this.entityManager = entityManager;
    }

    public SourcingRequestView create(SourcingRequestInput input) {
        List<FieldError> errors = new ArrayList<>();
        UUID buyerOrganisationId = buyerOrganisationFor(input.buyerOrganisationId(), errors);
        SourcingRequestRules.Checked checked = SourcingRequestRules.check(input, Stage.DRAFT, SourcingRequestRules.today(),
                references, lookups);
        errors.addAll(checked.errors());
        refuseAny(errors);
        SourcingRequest request = new SourcingRequest();
        request.id = UUID.randomUUID();
        request.buyerOrganisationId = buyerOrganisationId;
        request.authorUserId = access.userId().orElse(null);
        request.authorClientId = access.clientId().orElse(null);
        apply(checked.input(), request);
        request.persist();
        entityManager.flush();
        return views.view(request);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SourcingRequestPage list(SourcingRequestQuery query) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (access.isBuyer()) {
            where.add("buyerOrganisationId = :organisation");
            parameters.and("organisation", access.organisationId());
        } else if (access.isPartner()) {
            where.add("authorClientId = :client");
            parameters.and("client", access.clientId().orElseThrow());
        } else if (!access.isFacilitator()) {
            throw ProblemException.forbidden("Vous ne pouvez pas consulter la liste des demandes.");
        }
        if (query.status != null) {
            where.add("status = :status");
            parameters.and("status", query.status);
        }
        if (query.channel != null) {
            where.add("channel = :channel");
            parameters.and("channel", query.channel);
        }
        if (query.hasText()) {
            where.add("(lower(title) like :q escape '\\' or lower(description) like :q escape '\\' or buyerOrganisationId in "
                    + "(select o.id from Organisation o where lower(o.name) like :q escape '\\'))");
            parameters.and("q", query.containsPattern());
        }
        String orderBy = "order by " + query.sortOrDefault().orderBy();
        Page<SourcingRequest> page = Page.fetch(SourcingRequest.find(
                where.isEmpty() ? orderBy : String.join(" and ", where) + " " + orderBy, parameters), query);
        return SourcingRequestPage.of(page.mapAll(views::summaries));
    }

    public SourcingRequestView get(UUID id) {
        return views.view(access.requireVisible(id));
    }

    public SourcingRequestView update(UUID id, String ifMatch, SourcingRequestInput input) {
        SourcingRequest request = access.requireVisible(id);
        access.requireEditor(request);
        // While validating, a facilitator may still correct a submitted request and choose which
        // structures to add or leave out before publishing; it must stay complete.
        boolean review = request.status == SourcingStatus.SUBMITTED && access.isFacilitator();
        if (!review) {
            requireStatus(request, "modifier", SourcingStatus.DRAFT);
        }
        ETags.check(ifMatch, request.version);
        SourcingRequestInput checked = SourcingRequestRules.check(input, review ? Stage.SUBMISSION : Stage.DRAFT,
                SourcingRequestRules.today(), references, lookups).orRefuse();
        apply(checked, request);
        ETags.flush(entityManager);
        return views.view(request);
    }

    public SourcingRequestView submit(UUID id) {
        SourcingRequest request = access.requireVisible(id);
        access.requireSubmitter(request);
        requireStatus(request, "soumettre", SourcingStatus.DRAFT);
        SourcingRequestRules.check(toInput(request), Stage.SUBMISSION, SourcingRequestRules.today(), references, lookups)
                .orRefuse();
        request.status = SourcingStatus.SUBMITTED;
        request.submittedAt = Instant.now();
        flushOrConflict();
        return views.view(request);
    }

    public SourcingRequestView sendBack(UUID id, SourcingReturnInput input) {
        SourcingRequest request = access.requireVisible(id);
        requireStatus(request, "renvoyer à l'acheteur", SourcingStatus.SUBMITTED);
        String reason = StructureRules.text(input.reason());
        if (reason == null) {
            throw ProblemException.invalidField("reason", "Dites à l'acheteur ce qu'il doit revoir.");
        }
        request.status = SourcingStatus.DRAFT;
        request.returnReason = reason;
        request.submittedAt = null;
        flushOrConflict();
        return views.view(request);
    }

    public SourcingRequestView publish(UUID id) {
        SourcingRequest request = access.requireVisible(id);
        requireStatus(request, "publier", SourcingStatus.SUBMITTED);
        if (SourcingRequestRules.deadlinePassed(request.responseDeadline, SourcingRequestRules.today())) {
            throw ProblemException.conflictOnField("responseDeadline", "La date limite de réponse est passée : "
                    + "renvoyez la demande à l'acheteur pour qu'il la reporte.");
        }
        request.status = SourcingStatus.PUBLISHED;
        request.publishedAt = Instant.now();
        flushOrConflict();
        events.fire(new SourcingRequestEvent.Published(request.id));
        return views.view(request);
    }

    public SourcingRequestView close(UUID id, SourcingCloseInput input) {
        SourcingRequest request = access.requireVisible(id);
        access.requireBuyerOrFacilitator(request);
        if (input.outcome() == null) {
            throw ProblemException.invalidField("outcome", "Indiquez l'issue de la demande.");
        }
        requireStatus(request, "clôturer", SourcingStatus.DRAFT, SourcingStatus.SUBMITTED, SourcingStatus.PUBLISHED);
        if (request.status != SourcingStatus.PUBLISHED && input.outcome() != SourcingOutcome.CANCELLED) {
            throw ProblemException.conflictOnField("outcome", "Une demande " + statusLabel(request.status)
                    + " ne peut qu'être annulée : elle n'a pas été publiée.");
        }
        List<SourcingRequest.Award> awards = input.outcome() == SourcingOutcome.AWARDED ? awards(input) : List.of();
        request.status = SourcingStatus.CLOSED;
        request.outcome = input.outcome();
        request.closedAt = Instant.now();
        request.awards.clear();
        request.awards.addAll(awards);
        flushOrConflict();
        events.fire(new SourcingRequestEvent.Closed(request.id));
        return views.view(request);
    }

    public SourcingRequestView extendDeadline(UUID id, DeadlineExtensionInput input) {
        SourcingRequest request = access.requireVisible(id);
        access.requireBuyerOrFacilitator(request);
        if (request.status != SourcingStatus.PUBLISHED) {
            throw ProblemException.conflict("Seule la date limite d'une demande publiée peut être reportée : celle-ci est "
                    + statusLabel(request.status) + ".");
        }
        LocalDate newDeadline = input.responseDeadline();
        LocalDate previous = request.responseDeadline;
        if (newDeadline == null) {
            throw ProblemException.invalidField("responseDeadline", "Indiquez la nouvelle date limite de réponse.");
        }
        if (!SourcingRequestRules.isPlausible(newDeadline)) {
            throw ProblemException.invalidField("responseDeadline", SourcingRequestRules.OUT_OF_RANGE);
        }
        if (previous != null && !newDeadline.isAfter(previous)) {
            throw ProblemException.invalidField("responseDeadline", "La nouvelle date doit être postérieure à la date "
                    + "actuelle (" + previous.format(FRENCH_DATE) + ").");
        }
        if (newDeadline.isBefore(SourcingRequestRules.today())) {
            throw ProblemException.invalidField("responseDeadline", "La nouvelle date est passée.");
        }
        request.responseDeadline = newDeadline;
        // Reminded again after the new deadline if no outcome is recorded by then.
        request.outcomeReminderAt = null;
        flushOrConflict();
        events.fire(new SourcingRequestEvent.DeadlineExtended(request.id, previous, newDeadline));
        return views.view(request);
    }

    public SourcingAttachmentView addAttachment(UUID id, FileUpload file) {
        // One upload at a time per request, so that two cannot both pass the count.
        SourcingRequest request = access.requireVisible(id, LockModeType.PESSIMISTIC_WRITE);
        access.requireEditor(request);
        requireStatus(request, "joindre un fichier à", SourcingStatus.DRAFT);
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalidField("file", "Joignez un fichier (champ « file »).");
        }
        if (file.size() > MAX_ATTACHMENT_BYTES) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "Le fichier dépasse 10 Mo.");
        }
        if (file.size() == 0) {
            throw ProblemException.invalidField("file", "Le fichier est vide.");
        }
        if (SourcingAttachment.count("requestId", request.id) >= MAX_ATTACHMENTS) {
            throw ProblemException.conflict("Une demande porte " + MAX_ATTACHMENTS
                    + " pièces jointes au plus : retirez-en une d'abord.");
        }
        byte[] content = read(file);
        String fileName = fileName(file.fileName());
        AttachmentType type = AttachmentType.detect(content, fileName).orElseThrow(() -> new ProblemException(
                ProblemType.UNSUPPORTED_MEDIA_TYPE, "Type de fichier non accepté. Formats acceptés : "
                        + AttachmentType.ACCEPTED + "."));
        if (!type.hasExtensionOf(fileName)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Le nom du fichier ne correspond pas à son "
                    + "contenu : c'est un fichier " + type.label() + ", son nom doit finir par ." + type.usualExtension() + ".");
        }
        SourcingAttachment attachment = new SourcingAttachment();
        attachment.id = UUID.randomUUID();
        attachment.requestId = request.id;
        attachment.fileName = fileName;
        attachment.contentType = type.mediaType();
        attachment.sizeBytes = content.length;
        attachment.content = content;
        attachment.persist();
        return new SourcingAttachmentView(attachment.id, attachment.fileName, attachment.contentType,
                attachment.sizeBytes, attachment.createdAt);
    }

    public AttachmentFile attachment(UUID id, UUID attachmentId) {
        SourcingRequest request = access.requireVisible(id);
        SourcingAttachment attachment = requireAttachment(request, attachmentId);
        return new AttachmentFile(attachment.fileName, attachment.contentType, attachment.content);
    }

    public void deleteAttachment(UUID id, UUID attachmentId) {
        SourcingRequest request = access.requireVisible(id);
        access.requireEditor(request);
        requireStatus(request, "retirer un fichier de", SourcingStatus.DRAFT);
        requireAttachment(request, attachmentId).delete();
    }

    private static SourcingAttachment requireAttachment(SourcingRequest request, UUID attachmentId) {
        return SourcingAttachment.<SourcingAttachment>find("id = ?1 and requestId = ?2", attachmentId, request.id)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("Pièce jointe introuvable."));
    }

    /**
     * The buyer organisation of a new request: a buyer's own (naming another is refused), or
     * for a facilitator or a partner the active buyer organisation it names.
     */
    private UUID buyerOrganisationFor(UUID named, List<FieldError> errors) {
        if (access.isBuyer()) {
            if (named != null && !named.equals(access.organisationId())) {
                throw ProblemException.forbidden("Vous ne pouvez déposer un besoin que pour votre organisation.");
            }
            return access.organisationId();
        }
        if (named == null) {
            errors.add(new FieldError("buyerOrganisationId", "Choisissez l'organisation acheteuse."));
            return null;
        }
        if (!SourcingReferences.isActiveBuyerOrganisation(named)) {
            errors.add(new FieldError("buyerOrganisationId", "Aucune organisation acheteuse active ne porte cet identifiant."));
        }
        return named;
    }

    private List<SourcingRequest.Award> awards(SourcingCloseInput input) {
        List<AwardInput> given = input.awards() == null ? List.of() : input.awards();
        if (given.isEmpty()) {
            throw ProblemException.invalidField("awards", "Indiquez au moins une structure retenue et son montant.");
        }
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        given.stream().filter(award -> award != null && award.structureId() != null).forEach(award -> ids.add(award.structureId()));
        Set<UUID> missing = lookups.missingStructures(ids);
        Set<UUID> seen = new HashSet<>();
        List<SourcingRequest.Award> awards = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            AwardInput award = given.get(i);
            String at = "awards[" + i + "]";
            if (award == null || award.structureId() == null) {
                errors.add(new FieldError(at + ".structureId", "Choisissez la structure retenue."));
            } else if (missing.contains(award.structureId())) {
                errors.add(new FieldError(at + ".structureId", "Structure introuvable."));
            } else if (!seen.add(award.structureId())) {
                errors.add(new FieldError(at + ".structureId", "Cette structure figure déjà dans la liste."));
            }
            if (award != null && award.amount() == null) {
                errors.add(new FieldError(at + ".amount", "Indiquez le montant attribué."));
            } else if (award != null && award.amount().signum() < 0) {
                errors.add(new FieldError(at + ".amount", "Le montant ne peut être négatif."));
            }
            if (award != null && award.structureId() != null && award.amount() != null) {
                awards.add(new SourcingRequest.Award(award.structureId(), award.amount()));
            }
        }
        refuseAny(errors);
        return awards;
    }

    private static void refuseAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "Certains champs sont invalides.", errors, Map.of());
        }
    }

    /** A transition from another status: 409 naming the current one. */
    private static void requireStatus(SourcingRequest request, String action, SourcingStatus... allowed) {
        for (SourcingStatus status : allowed) {
            if (request.status == status) {
                return;
            }
        }
        throw ProblemException.conflict("Impossible de " + action + " cette demande : elle est "
                + statusLabel(request.status) + ".");
    }

    /** The status in French, as in "elle est …". */
    static String statusLabel(SourcingStatus status) {
        return switch (status) {
            case DRAFT -> "en brouillon";
            case SUBMITTED -> "soumise et en attente de validation";
            case PUBLISHED -> "publiée";
            case CLOSED -> "clôturée";
        };
    }

    /** Writes the transition now: a concurrent one that came first makes this one a 409. */
    private void flushOrConflict() {
        try {
            entityManager.flush();
        } catch (OptimisticLockException e) {
            throw ProblemException.conflict("La demande vient d'être modifiée par quelqu'un d'autre : rechargez-la.");
        }
    }

    private static void apply(SourcingRequestInput in, SourcingRequest request) {
        request.title = in.title();
        request.description = in.description() == null ? "" : in.description();
        request.channel = in.channel();
        request.ongoingContractId = in.ongoingContractId();
        request.sectors = in.sectors().toArray(String[]::new);
        request.prestaTypes = in.prestaTypes().toArray(String[]::new);
        request.kinds = in.kinds().toArray(String[]::new);
        request.departments = in.departments().toArray(String[]::new);
        request.latitude = in.lat();
        request.longitude = in.lon();
        request.radiusKm = in.radiusKm();
        request.placeLabel = in.placeLabel();
        request.placeDepartment = in.department();
        request.includeNationwide = Boolean.TRUE.equals(in.includeNationwide());
        request.amountMin = in.amountMin();
        request.amountMax = in.amountMax();
        request.responseDeadline = in.responseDeadline();
        request.startDate = in.startDate();
        request.socialClause = Boolean.TRUE.equals(in.socialClause());
        request.maxSolicitations = in.maxSolicitations();
        request.targetStructureIds = in.targetStructureIds().toArray(UUID[]::new);
        request.excludedStructureIds = in.excludedStructureIds().toArray(UUID[]::new);
    }

    /** The stored request as an input, for the submission's completeness check. */
    static SourcingRequestInput toInput(SourcingRequest request) {
        return new SourcingRequestInput(request.title, request.description, request.channel, request.ongoingContractId,
                List.of(request.sectors), List.of(request.prestaTypes), List.of(request.kinds), List.of(request.departments),
                request.latitude, request.longitude, request.radiusKm, request.placeLabel, request.placeDepartment,
                request.includeNationwide, request.amountMin, request.amountMax, request.responseDeadline,
                request.startDate, request.socialClause, request.maxSolicitations, List.of(request.targetStructureIds),
                List.of(request.excludedStructureIds), request.buyerOrganisationId);
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name as sent, without any folder, control character or excess length; never blank. */
    static String fileName(String sent) {
        String name = sent == null ? "" : Normalizer.normalize(sent, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}\"]", "").strip();
        if (name.length() > 255) {
            String extension = AttachmentType.extension(name).map(ext -> "." + ext).orElse("");
            name = name.substring(0, Math.max(1, 255 - extension.length())) + extension;
        }
        return name.isEmpty() ? "piece-jointe" : name;
    }

    private final class DatabaseLookups implements SourcingRequestRules.Lookups {
        @Override
        public boolean ongoingContractExists(UUID id) {
            return OngoingContract.count("id", id) > 0;
        }

        @Override
        public Set<UUID> missingStructures(Collection<UUID> ids) {
            if (ids.isEmpty()) {
                return Set.of();
            }
            Set<UUID> missing = new HashSet<>(ids);
            entityManager.createQuery("select s.id from Structure s where s.id in :ids", UUID.class)
                    .setParameter("ids", ids).getResultList().forEach(missing::remove);
            return missing;
        }
    }
}
