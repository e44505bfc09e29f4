package fr.relanceiae.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.relanceiae.account.AppUser;
import fr.relanceiae.account.Organisation;
import fr.relanceiae.account.OrganisationKind;
import fr.relanceiae.directory.profile.Structure;
import fr.relanceiae.reference.CommuneView;
import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.reference.ReferenceCatalog;
import fr.relanceiae.sourcing.SourcingChannel;
import fr.relanceiae.sourcing.SourcingOutcome;
import fr.relanceiae.sourcing.SourcingStatus;
import fr.relanceiae.sourcing.contract.OngoingContract;
import fr.relanceiae.sourcing.request.SourcingRequest;
import fr.relanceiae.sourcing.request.SourcingRequestRules;

/**
 * Sourcing requests of the demo buyer (Ville de Montreuil) in every status and channel,
 * one of them past its deadline and waiting for its outcome, and an ongoing contract that
 * the subcontracting one refers to. Dates are relative to the day the demo data is loaded.
 * Solicitations and answers come with the solicitations' demo data.
 */
@ApplicationScoped
public class SourcingRequestDemoData implements DemoDataContributor {

    static final String ONGOING_CONTRACT_TITLE = "Collecte des encombrants et des déchets verts de Montreuil";

    private final ReferenceCatalog catalog;

    public SourcingRequestDemoData(ReferenceCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void contribute() {
        Organisation buyer = Organisation.<Organisation>find("name = ?1 and kind = ?2", DemoAccounts.BUYER_ORGANISATION,
                OrganisationKind.PUBLIC_BUYER).firstResult();
        AppUser buyerUser = AppUser.findByEmail(DemoAccounts.BUYER).orElse(null);
        AppUser facilitator = AppUser.findByEmail(DemoAccounts.FACILITATOR).orElse(null);
        if (buyer == null || buyerUser == null || facilitator == null) {
            return;
        }
        LocalDate today = SourcingRequestRules.today();
        OngoingContract contract = ongoingContract(buyer);
        CommuneView montreuil = catalog.commune("93048").orElse(null);
        Structure demoSiae = Structure.<Structure>find("siret", DirectoryDemoData.DEMO_SIAE_SIRET).firstResult();

        request(buyer, buyerUser, "Entretien des espaces verts du parc des Beaumonts", SourcingChannel.QUOTE,
                SourcingStatus.DRAFT, r -> {
                    r.description = "Tonte, taille des haies et ramassage des feuilles sur 12 hectares, d'avril à octobre.";
                    r.sectors = new String[] { "creation-et-entretien-des-espaces-verts" };
                    point(r, montreuil, 15);
                    r.responseDeadline = today.plusDays(30);
                    r.socialClause = true;
                });
        request(buyer, buyerUser, "Nettoyage des locaux de la médiathèque Robert-Desnos", SourcingChannel.QUOTE,
                SourcingStatus.SUBMITTED, r -> {
                    r.description = "Entretien quotidien de 1 800 m² de locaux ouverts au public, produits écolabellisés.";
                    r.sectors = new String[] { "nettoyage-de-locaux" };
                    r.prestaTypes = new String[] { PrestaType.SERVICE.name() };
                    r.departments = new String[] { "93" };
                    r.amountMin = new BigDecimal("20000");
                    r.amountMax = new BigDecimal("35000");
                    r.responseDeadline = today.plusDays(21);
                    r.startDate = today.plusDays(60);
                    r.submittedAt = Instant.now().minus(Duration.ofDays(1));
                });
        request(buyer, facilitator, "Plateaux-repas pour les conseils de quartier", SourcingChannel.NEGOTIATED,
                SourcingStatus.PUBLISHED, r -> {
                    r.description = "Une quarantaine de plateaux-repas par mois, produits de saison, livrés en soirée.";
                    r.sectors = new String[] { "traiteur", "paniers-plateaux-repas" };
                    r.departments = new String[] { "93", "75" };
                    r.amountMax = new BigDecimal("15000");
                    r.responseDeadline = today.plusDays(14);
                    r.submittedAt = Instant.now().minus(Duration.ofDays(4));
                    r.publishedAt = Instant.now().minus(Duration.ofDays(3));
                });
        request(buyer, facilitator, "Sous-traitance du tri des encombrants collectés", SourcingChannel.SUBCONTRACTING,
                SourcingStatus.PUBLISHED, r -> {
                    r.description = "Le titulaire du marché de collecte confie le tri et le réemploi du mobilier collecté.";
                    r.ongoingContractId = contract.id;
                    r.sectors = new String[] { "collecte-d-encombrants",
                        "recyclage-d-elements-d-ameublement-dae-et-petits-objets" };
                    r.departments = new String[] { "93" };
                    r.includeNationwide = true;
                    r.responseDeadline = today.plusDays(10);
                    r.submittedAt = Instant.now().minus(Duration.ofDays(6));
                    r.publishedAt = Instant.now().minus(Duration.ofDays(5));
                });
        request(buyer, buyerUser, "Peinture des salles de classe de l'école Jules-Ferry", SourcingChannel.QUOTE,
                SourcingStatus.PUBLISHED, r -> {
                    r.description = "Peinture de huit salles de classe pendant les vacances d'été, murs et plafonds.";
                    r.sectors = new String[] { "peinture-revetement-des-murs" };
                    point(r, montreuil, 20);
                    r.responseDeadline = today.minusDays(3);
                    r.startDate = today.plusDays(40);
                    r.submittedAt = Instant.now().minus(Duration.ofDays(25));
                    r.publishedAt = Instant.now().minus(Duration.ofDays(24));
                });
        request(buyer, buyerUser, "Paniers de légumes pour la crèche des Grands-Pêchers", SourcingChannel.QUOTE,
                SourcingStatus.CLOSED, r -> {
                    r.description = "Trente paniers de légumes biologiques par semaine pour la cuisine de la crèche.";
                    r.sectors = new String[] { "maraichage-legumerie-conserverie" };
                    r.departments = new String[] { "93" };
                    r.responseDeadline = today.minusDays(40);
                    r.submittedAt = Instant.now().minus(Duration.ofDays(60));
                    r.publishedAt = Instant.now().minus(Duration.ofDays(58));
                    r.closedAt = Instant.now().minus(Duration.ofDays(30));
                    if (demoSiae != null) {
                        r.outcome = SourcingOutcome.AWARDED;
                        r.awards.add(new SourcingRequest.Award(demoSiae.id, new BigDecimal("12500")));
                    } else {
                        r.outcome = SourcingOutcome.UNSUCCESSFUL;
                    }
                });
        request(buyer, buyerUser, "Réparation de la flotte de vélos des agents", SourcingChannel.QUOTE,
                SourcingStatus.CLOSED, r -> {
                    r.description = "Révision annuelle de 45 vélos à assistance électrique.";
                    r.sectors = new String[] { "reparation-de-velos" };
                    r.departments = new String[] { "93" };
                    r.responseDeadline = today.minusDays(20);
                    r.submittedAt = Instant.now().minus(Duration.ofDays(45));
                    r.publishedAt = Instant.now().minus(Duration.ofDays(44));
                    r.closedAt = Instant.now().minus(Duration.ofDays(10));
                    r.outcome = SourcingOutcome.UNSUCCESSFUL;
                });
        request(buyer, facilitator, "Déménagement des services techniques", SourcingChannel.NEGOTIATED,
                SourcingStatus.CLOSED, r -> {
                    r.description = "Projet abandonné : les services restent dans leurs locaux.";
                    r.sectors = new String[] { "demenagement" };
                    r.departments = new String[] { "93" };
                    r.closedAt = Instant.now().minus(Duration.ofDays(2));
                    r.outcome = SourcingOutcome.CANCELLED;
                });
    }

    private static OngoingContract ongoingContract(Organisation buyer) {
        OngoingContract existing = OngoingContract.<OngoingContract>find("buyerOrganisationId = ?1 and title = ?2",
                buyer.id, ONGOING_CONTRACT_TITLE).firstResult();
        if (existing != null) {
            return existing;
        }
        OngoingContract contract = new OngoingContract();
        contract.id = UUID.randomUUID();
        contract.buyerOrganisationId = buyer.id;
        contract.title = ONGOING_CONTRACT_TITLE;
        contract.holderName = "Propreté Urbaine de l'Est Parisien";
        contract.holderSiret = DirectoryDemoData.luhnComplete(DirectoryDemoData.luhnComplete("52347891") + "0002");
        contract.holderContactName = "Marc Lefèvre";
        contract.holderContactEmail = "marc.lefevre@example.org";
        contract.holderContactPhone = "01 48 00 00 00";
        contract.amount = new BigDecimal("1200000");
        contract.endDate = SourcingRequestRules.today().plusYears(2).withDayOfMonth(1);
        contract.sectors = new String[] { "collecte-d-encombrants" };
        contract.persist();
        return contract;
    }

    private static void request(Organisation buyer, AppUser author, String title, SourcingChannel channel,
            SourcingStatus status, Consumer<SourcingRequest> details) {
        if (SourcingRequest.count("buyerOrganisationId = ?1 and title = ?2", buyer.id, title) > 0) {
            return;
        }
        SourcingRequest request = new SourcingRequest();
        request.id = UUID.randomUUID();
        request.title = title;
        request.channel = channel;
        request.status = status;
        request.buyerOrganisationId = buyer.id;
        request.authorUserId = author.id;
        details.accept(request);
        request.persist();
        // The demo's history is told in the past: created a day before its first step, not at
        // this start (created_at is not updatable through the entity, hence the statement).
        Stream.of(request.submittedAt, request.publishedAt, request.closedAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).ifPresent(first -> {
                    request.flush();
                    SourcingRequest.getEntityManager()
                            .createNativeQuery("update sourcing_request set created_at = ?1 where id = ?2")
                            .setParameter(1, first.minus(Duration.ofDays(1))).setParameter(2, request.id)
                            .executeUpdate();
                });
    }

    private static void point(SourcingRequest request, CommuneView commune, int radiusKm) {
        if (commune == null || commune.latitude() == null) {
            request.departments = new String[] { "93" };
            return;
        }
        request.latitude = commune.latitude();
        request.longitude = commune.longitude();
        request.radiusKm = radiusKm;
        request.placeLabel = commune.name();
        request.placeDepartment = commune.departmentCode();
    }
}
