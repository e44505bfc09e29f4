package fr.relanceiae.directory.profile;

import java.util.List;

import fr.relanceiae.directory.profile.StructureInput.ClientReferenceInput;

/**
 * The structure profile's shape, mapped in one place: a checked {@link StructureInput} written on the
 * entity (API create and update, import, demo data), the entity read back as an input (the import's
 * starting point and its "unchanged" test) and as the API's {@link StructureDetail}.
 *
 * <p>A new profile field: its column (migration and {@link Structure}), a component of
 * {@link StructureInput} (and its {@link StructureInput.Builder}) and of {@link StructureDetail}, a
 * line in each method here, its check in {@link StructureRules}; then, where it is wanted, its CSV
 * column in {@link StructureCsv} and the web form.
 */
public final class StructureProfile {

    private StructureProfile() {
    }

    /** Writes a profile checked by {@link StructureRules} on the structure; the organisation is set apart. */
    public static void apply(StructureInput in, Structure target) {
        target.siret = in.siret();
        target.name = in.name();
        target.brand = in.brand();
        target.kind = in.kind();
        target.legalForm = in.legalForm();
        target.naf = in.naf();
        target.address = in.address();
        target.postCode = in.postCode();
        target.city = in.city();
        target.department = in.department();
        target.latitude = in.latitude();
        target.longitude = in.longitude();
        target.description = in.description();
        target.email = in.email();
        target.phone = in.phone();
        target.contactName = in.contactName();
        target.website = in.website();
        target.insertionFte = in.insertionFte();
        target.permanentHeadcount = in.permanentHeadcount();
        target.annualRevenue = in.annualRevenue();
        target.labels = in.labels().toArray(String[]::new);
        target.networks = in.networks().toArray(String[]::new);
        target.active = in.active();
        List<ClientReferenceInput> references = in.clientReferences();
        // Replacing an equal list would still rewrite it and bump the version.
        if (!references.equals(clientReferences(target))) {
            target.clientReferences.clear();
            references.forEach(r -> target.clientReferences.add(new ClientReference(r.name(), r.description())));
        }
    }

    /** The structure's profile as an input: what the import starts from, and how it tells an unchanged row. */
    public static StructureInput of(Structure s) {
        StructureInput.Builder profile = StructureInput.builder();
        profile.siret = s.siret;
        profile.name = s.name;
        profile.brand = s.brand;
        profile.kind = s.kind;
        profile.legalForm = s.legalForm;
        profile.naf = s.naf;
        profile.address = s.address;
        profile.postCode = s.postCode;
        profile.city = s.city;
        profile.department = s.department;
        profile.latitude = s.latitude;
        profile.longitude = s.longitude;
        profile.description = s.description;
        profile.email = s.email;
        profile.phone = s.phone;
        profile.contactName = s.contactName;
        profile.website = s.website;
        profile.insertionFte = s.insertionFte;
        profile.permanentHeadcount = s.permanentHeadcount;
        profile.annualRevenue = s.annualRevenue;
        profile.labels = List.of(s.labels);
        profile.networks = List.of(s.networks);
        profile.clientReferences = clientReferences(s);
        profile.active = s.active;
        profile.organisationId = s.organisation == null ? null : s.organisation.id;
        return profile.build();
    }

    /**
     * The profile with its activities and catalogue, as the API shows it; the confidential fields
     * only when {@code confidential}, the e-mail and phone only when {@code contacts}.
     */
    static StructureDetail detail(Structure s, boolean confidential, boolean contacts) {
        StructureInput p = of(s);
        return new StructureDetail(s.id, p.siret(), p.name(), p.brand(), p.kind(), p.legalForm(), p.naf(),
                p.address(), p.postCode(), p.city(), p.department(), p.latitude(), p.longitude(), p.description(),
                contacts ? p.email() : null, contacts ? p.phone() : null, p.website(), p.insertionFte(), p.labels(), p.networks(), p.clientReferences(),
                p.active(), s.completionRate == null ? 0 : s.completionRate, p.organisationId(),
                confidential ? p.contactName() : null, !contacts, confidential ? p.permanentHeadcount() : null,
                confidential ? p.annualRevenue() : null,
                s.activities.stream().map(ActivityView::of).toList(), s.offers.stream().map(OfferView::of).toList(),
                s.createdAt, s.updatedAt, s.version);
    }

    private static List<ClientReferenceInput> clientReferences(Structure s) {
        return s.clientReferences.stream().map(r -> new ClientReferenceInput(r.name, r.description)).toList();
    }
}
