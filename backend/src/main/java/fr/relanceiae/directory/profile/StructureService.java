package fr.relanceiae.directory.profile;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.relanceiae.account.Organisation;
import fr.relanceiae.account.OrganisationKind;
import fr.relanceiae.directory.DirectoryAccess;
import fr.relanceiae.directory.DirectoryReferenceLoader;
import fr.relanceiae.directory.DirectoryReferences;
import fr.relanceiae.directory.Issue;
import fr.relanceiae.directory.Siret;
import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.web.ETags;

/** Structures, their activities and offers: reads with the caller's view, writes with ownership and If-Match. */
@ApplicationScoped
@Transactional
public class StructureService {

    private final EntityManager entityManager;
    private final DirectoryAccess access;
    private final DirectoryReferenceLoader referenceLoader;

    public StructureService(EntityManager entityManager, DirectoryAccess access,
            DirectoryReferenceLoader referenceLoader) {
        this.entityManager = entityManager;
        this.access = access;
        this.referenceLoader = referenceLoader;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StructureDetail get(UUID id) {
        return detail(Structure.<Structure>findByIdOptional(id).filter(access::sees)
                .orElseThrow(() -> ProblemException.notFound("Structure introuvable.")));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StructureDetail getBySiret(String siret) {
        return detail(Structure.findBySiret(Siret.normalise(siret)).filter(access::sees)
                .orElseThrow(() -> ProblemException.notFound("Aucune structure n'a ce SIRET.")));
    }

    public StructureDetail create(StructureInput input) {
        StructureInput profile = checked(input);
        refuseTakenSiret(profile.siret(), null);
        Structure structure = new Structure();
        structure.id = UUID.randomUUID();
        structure.organisation = owningOrganisation(profile);
        StructureProfile.apply(profile, structure);
        structure.persist();
        return saved(structure);
    }

    public StructureDetail update(UUID id, String ifMatch, StructureInput input) {
        Structure structure = require(id);
        access.requireEditor(structure, ifMatch, structure);
        StructureInput profile = checked(input);
        if (!access.isStaff() && (!profile.siret().equals(structure.siret) || profile.kind() != structure.kind
                || profile.active() != structure.active)) {
            throw ProblemException.forbidden("Le SIRET, le type et l'activation d'une structure ne sont modifiables "
                    + "que par un animateur ou un administrateur.");
        }
        refuseTakenSiret(profile.siret(), id);
        StructureProfile.apply(profile, structure);
        return saved(structure);
    }

    public ActivityView addActivity(UUID structureId, ActivityInput input) {
        Structure structure = require(structureId);
        access.requireEditor(structure);
        ActivityInput checked = checked(input);
        refuseSecondActivityInSector(structure, checked.sector(), null);
        Activity activity = new Activity();
        activity.id = UUID.randomUUID();
        activity.structure = structure;
        activity.apply(checked);
        activity.persist();
        flush();
        return ActivityView.of(activity);
    }

    public ActivityView updateActivity(UUID id, String ifMatch, ActivityInput input) {
        Activity activity = Activity.<Activity>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Activité introuvable."));
        access.requireEditor(activity.structure, ifMatch, activity);
        ActivityInput checked = checked(input);
        refuseSecondActivityInSector(activity.structure, checked.sector(), id);
        activity.apply(checked);
        flush();
        return ActivityView.of(activity);
    }

    public void deleteActivity(UUID id, String ifMatch) {
        Activity activity = Activity.<Activity>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Activité introuvable."));
        access.requireEditor(activity.structure, ifMatch, activity);
        activity.delete();
        flush();
    }

    public OfferView addOffer(UUID structureId, OfferInput input) {
        Structure structure = require(structureId);
        access.requireEditor(structure);
        OfferInput checked = checked(input);
        Offer offer = new Offer();
        offer.id = UUID.randomUUID();
        offer.structure = structure;
        offer.apply(checked);
        offer.persist();
        flush();
        return OfferView.of(offer);
    }

    public OfferView updateOffer(UUID id, String ifMatch, OfferInput input) {
        Offer offer = requireOffer(id);
        access.requireEditor(offer.structure, ifMatch, offer);
        offer.apply(checked(input));
        flush();
        return OfferView.of(offer);
    }

    public void deleteOffer(UUID id, String ifMatch) {
        Offer offer = requireOffer(id);
        access.requireEditor(offer.structure, ifMatch, offer);
        offer.delete();
        flush();
    }

    /**
     * Creates a structure with its activities and offers, checked by the same rules
     * as the API, without a caller (demo data, tools).
     */
    public UUID createWithCatalogue(StructureInput input, List<ActivityInput> activities, List<OfferInput> offers) {
        DirectoryReferences references = referenceLoader.references();
        StructureInput profile = checked(input, references);
        Structure structure = new Structure();
        structure.id = UUID.randomUUID();
        structure.organisation = owningOrganisation(profile);
        StructureProfile.apply(profile, structure);
        structure.persist();
        for (ActivityInput activityInput : activities) {
            Activity activity = new Activity();
            activity.id = UUID.randomUUID();
            activity.structure = structure;
            activity.apply(checked(activityInput, references));
            activity.persist();
        }
        for (OfferInput offerInput : offers) {
            Offer offer = new Offer();
            offer.id = UUID.randomUUID();
            offer.structure = structure;
            offer.apply(checked(offerInput, references));
            offer.persist();
        }
        return structure.id;
    }

    public static Structure require(UUID id) {
        return Structure.<Structure>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Structure introuvable."));
    }

    private StructureDetail detail(Structure structure) {
        return StructureProfile.detail(structure, access.seesConfidential(structure), access.seesContacts());
    }

    private StructureDetail saved(Structure structure) {
        flush();
        structure.completionRate = ((Number) entityManager
                .createNativeQuery("select completion_rate from structure where id = :id")
                .setParameter("id", structure.id).getSingleResult()).intValue();
        return detail(structure);
    }

    /** Concurrent writers that both matched If-Match: the second one's stale version fails here. */
    private void flush() {
        ETags.flush(entityManager);
    }

    private StructureInput checked(StructureInput input) {
        return checked(input, referenceLoader.references());
    }

    private static StructureInput checked(StructureInput input, DirectoryReferences references) {
        StructureRules.Checked checked = StructureRules.check(input, references);
        Issue.refuseAny(checked.issues());
        return checked.input();
    }

    private ActivityInput checked(ActivityInput input) {
        return checked(input, referenceLoader.references());
    }

    private static ActivityInput checked(ActivityInput input, DirectoryReferences references) {
        ActivityRules.Checked checked = ActivityRules.check(input, references);
        Issue.refuseAny(checked.issues());
        return checked.input();
    }

    private OfferInput checked(OfferInput input) {
        return checked(input, referenceLoader.references());
    }

    private static OfferInput checked(OfferInput input, DirectoryReferences references) {
        OfferRules.Checked checked = OfferRules.check(input, references);
        Issue.refuseAny(checked.issues());
        return checked.input();
    }

    private static Offer requireOffer(UUID id) {
        return Offer.<Offer>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Offre introuvable."));
    }

    private static void refuseTakenSiret(String siret, UUID exceptId) {
        Structure.findBySiret(siret).filter(other -> !other.id.equals(exceptId)).ifPresent(other -> {
            throw ProblemException.conflict("Une autre structure a déjà ce SIRET.");
        });
    }

    private static void refuseSecondActivityInSector(Structure structure, String sector, UUID exceptId) {
        if (Activity.count("structure = ?1 and sector = ?2 and id <> ?3", structure, sector,
                Objects.requireNonNullElse(exceptId, new UUID(0, 0))) > 0) {
            throw ProblemException.conflict("La structure a déjà une activité dans ce secteur : modifiez-la.");
        }
    }

    /** The organisation named, which must be a SIAE organisation, or a new one for the structure. */
    private static Organisation owningOrganisation(StructureInput profile) {
        if (profile.organisationId() != null) {
            return Organisation.<Organisation>findByIdOptional(profile.organisationId())
                    .filter(organisation -> organisation.kind == OrganisationKind.SIAE)
                    .orElseThrow(() -> ProblemException.invalidField("organisationId",
                            "Organisation introuvable ou qui n'est pas une SIAE."));
        }
        Organisation organisation = newOrganisationFor(profile.name());
        organisation.persist();
        return organisation;
    }

    /** The SIAE organisation a new structure gets when none is named: its users will act for it. */
    public static Organisation newOrganisationFor(String structureName) {
        return Organisation.create(structureName, OrganisationKind.SIAE, true);
    }
}
