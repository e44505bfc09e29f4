package fr.relanceiae.directory.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.relanceiae.account.Organisation;
import fr.relanceiae.directory.profile.StructureInput.ClientReferenceInput;
import fr.relanceiae.reference.StructureKind;

class StructureProfileTest {

    /** Every field filled: a field the mapping forgets in one direction comes back different. */
    private static StructureInput full(UUID organisationId) {
        StructureInput.Builder in = StructureInput.builder();
        in.siret = "73282932000074";
        in.name = "Atelier";
        in.brand = "L'Atelier";
        in.kind = StructureKind.EI;
        in.legalForm = "Association";
        in.naf = "8121Z";
        in.address = "1 rue de Paris";
        in.postCode = "93100";
        in.city = "Montreuil";
        in.department = "93";
        in.latitude = 48.86;
        in.longitude = 2.44;
        in.description = "Nettoyage";
        in.email = "contact@atelier.fr";
        in.phone = "01 02 03 04 05";
        in.contactName = "Camille";
        in.website = "https://atelier.fr";
        in.insertionFte = new BigDecimal("12.50");
        in.permanentHeadcount = 4;
        in.annualRevenue = 250_000L;
        in.labels = List.of("rge");
        in.networks = List.of("fei");
        in.clientReferences = List.of(new ClientReferenceInput("Mairie", "Entretien des locaux"));
        in.active = false;
        in.organisationId = organisationId;
        return in.build();
    }

    private static Structure structureOf(StructureInput profile) {
        Structure structure = new Structure();
        structure.id = UUID.randomUUID();
        structure.organisation = new Organisation();
        structure.organisation.id = profile.organisationId();
        StructureProfile.apply(profile, structure);
        return structure;
    }

    @Test
    void a_profile_written_on_a_structure_reads_back_the_same() throws Exception {
        StructureInput profile = full(UUID.randomUUID());
        for (RecordComponent component : StructureInput.class.getRecordComponents()) {
            assertThat(component.getAccessor().invoke(profile)).as(component.getName() + " is filled").isNotNull();
        }
        assertThat(StructureProfile.of(structureOf(profile))).isEqualTo(profile);
        assertThat(profile.toBuilder().build()).isEqualTo(profile);
    }

    @Test
    void the_detail_shows_the_profile_and_the_confidential_fields_only_when_asked() {
        StructureInput profile = full(UUID.randomUUID());
        Structure structure = structureOf(profile);
        StructureDetail detail = StructureProfile.detail(structure, true, true);
        assertThat(detail.siret()).isEqualTo(profile.siret());
        assertThat(detail.website()).isEqualTo(profile.website());
        assertThat(detail.clientReferences()).isEqualTo(profile.clientReferences());
        assertThat(detail.organisationId()).isEqualTo(profile.organisationId());
        assertThat(detail.active()).isFalse();
        assertThat(detail.contactName()).isEqualTo("Camille");
        assertThat(detail.annualRevenue()).isEqualTo(250_000L);
        assertThat(detail.contactsHidden()).isFalse();
        StructureDetail publicView = StructureProfile.detail(structure, false, true);
        assertThat(publicView.contactName()).isNull();
        assertThat(publicView.permanentHeadcount()).isNull();
        assertThat(publicView.annualRevenue()).isNull();
        assertThat(publicView.email()).isEqualTo(profile.email());
        assertThat(publicView.phone()).isEqualTo(profile.phone());
        assertThat(publicView.contactsHidden()).isFalse();
    }

    @Test
    void the_anonymous_view_hides_the_e_mail_the_phone_and_the_contact_person_and_says_so() {
        StructureInput profile = full(UUID.randomUUID());
        StructureDetail anonymous = StructureProfile.detail(structureOf(profile), false, false);
        assertThat(anonymous.email()).isNull();
        assertThat(anonymous.phone()).isNull();
        assertThat(anonymous.contactName()).isNull();
        assertThat(anonymous.contactsHidden()).isTrue();
        assertThat(anonymous.website()).isEqualTo(profile.website());
        assertThat(anonymous.name()).isEqualTo(profile.name());
    }

    @Test
    void an_equal_list_of_client_references_is_not_rewritten() {
        StructureInput profile = full(UUID.randomUUID());
        Structure structure = structureOf(profile);
        ClientReference kept = structure.clientReferences.get(0);
        StructureProfile.apply(profile, structure);
        assertThat(structure.clientReferences.get(0)).isSameAs(kept);
    }
}
