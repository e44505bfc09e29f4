package fr.relanceiae.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.relanceiae.account.Organisation;
import fr.relanceiae.account.OrganisationKind;
import fr.relanceiae.directory.GeoRange;
import fr.relanceiae.directory.Siret;
import fr.relanceiae.directory.profile.ActivityInput;
import fr.relanceiae.directory.profile.OfferInput;
import fr.relanceiae.directory.profile.StructureInput;
import fr.relanceiae.directory.profile.StructureService;
import fr.relanceiae.reference.CommuneView;
import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.reference.ReferenceCatalog;
import fr.relanceiae.reference.StructureKind;

/**
 * About 300 inclusion structures of Île-de-France, made up but plausible, always
 * the same (seeded random): kinds in the usual proportions, located at real
 * communes of their department, with 1–4 activities and 0–5 offers. The demo
 * siae user's organisation owns the first one.
 */
@ApplicationScoped
public class DirectoryDemoData implements DemoDataContributor {

    public static final int COUNT = 300;
    /** The structure of the demo siae user (siae@demo.relance-iae.fr). */
    public static final String DEMO_SIAE_SIRET = luhnComplete(luhnComplete("41234567") + "0001");

    private static final List<String> DEPARTMENTS = List.of("75", "75", "93", "93", "92", "94", "95", "91", "78", "77");
    private static final List<String> STREETS = List.of("rue de la République", "avenue Jean Jaurès", "rue Victor Hugo",
            "rue Gambetta", "boulevard de la Libération", "rue des Vignes", "allée des Tilleuls", "rue du Général Leclerc",
            "rue Paul Vaillant-Couturier", "chemin des Meuniers", "rue de Paris", "quai de la Marne", "rue Pasteur");
    private static final List<String> CONTACTS = List.of("Amina Diallo", "Julien Moreau", "Fatou Ndiaye", "Thomas Leroy",
            "Nadia Haddad", "Pierre Lambert", "Sarah Cohen", "Mehdi Bensaïd", "Claire Fontaine", "Yann Le Goff",
            "Aïssata Traoré", "Lucie Garnier", "Karim Ouali", "Hélène Rousseau");

    record OfferTemplate(String title, String description, PrestaType type, String unit, int min, int max) {
    }

    record Theme(List<String> names, String naf, PrestaType prestaType, List<String> sectors, String activity,
            List<OfferTemplate> offers) {
    }

    private static final Theme GREEN = new Theme(List.of("Les Jardins de %s", "Vert Solidaire %s", "Espaces Verts Insertion %s"),
            "8130Z", PrestaType.SERVICE, List.of("creation-et-entretien-des-espaces-verts", "entretien-et-maintenance-de-l-espace-urbain",
                    "genie-ecologique", "entretien-restauration-amenagement-des-espaces-naturels", "entretien-des-jardins"),
            "l'entretien des espaces verts et des espaces naturels", List.of(
                    new OfferTemplate("Entretien d'espaces verts", "Tonte, taille, désherbage manuel, ramassage des feuilles.", PrestaType.SERVICE, "heure", 32, 45),
                    new OfferTemplate("Taille de haies et d'arbustes", "Taille raisonnée et évacuation des déchets verts.", PrestaType.SERVICE, "m²", 2, 5),
                    new OfferTemplate("Débroussaillage de terrains", "Débroussaillage mécanique et manuel, talus compris.", PrestaType.SERVICE, "m²", 1, 3),
                    new OfferTemplate("Création de massifs fleuris", "Conception et plantation de massifs en vivaces.", PrestaType.SERVICE, "m²", 25, 60),
                    new OfferTemplate("Gestion différenciée des espaces naturels", "Fauche tardive, éco-pâturage, suivi de la biodiversité.", PrestaType.SERVICE, "heure", 35, 50)));
    private static final Theme FARM = new Theme(List.of("Les Potagers de %s", "Jardin de Cocagne %s", "Ferme Solidaire de %s"),
            "0113Z", PrestaType.GOODS, List.of("maraichage-legumerie-conserverie", "agriculture", "paniers-plateaux-repas",
                    "livraison-de-fruits-et-legumes", "horticulture"),
            "le maraîchage biologique et la vente de paniers de légumes", List.of(
                    new OfferTemplate("Panier de légumes bio de saison", "Légumes cultivés sur place en agriculture biologique.", PrestaType.GOODS, "pièce", 12, 20),
                    new OfferTemplate("Légumerie pour la restauration collective", "Légumes lavés, épluchés et coupés, livrés en bacs.", PrestaType.GOODS, "kg", 3, 6),
                    new OfferTemplate("Plants potagers et aromatiques", "Plants produits sous serre, en godets.", PrestaType.GOODS, "pièce", 1, 4),
                    new OfferTemplate("Livraison de fruits et légumes en entreprise", "Corbeilles de fruits livrées chaque semaine.", PrestaType.SERVICE, "pièce", 15, 30)));
    private static final Theme CLEANING = new Theme(List.of("%s Propreté Solidaire", "Net'Insertion %s", "Clair et Net %s"),
            "8121Z", PrestaType.SERVICE, List.of("nettoyage-de-locaux", "nettoyage-urbain",
                    "nettoyage-specifique-chantiers-parkings-hopitaux-hotellerie", "nettoyage-de-vehicules", "nettoyage-industriel"),
            "le nettoyage de bureaux, de locaux et de l'espace public", List.of(
                    new OfferTemplate("Nettoyage de bureaux", "Entretien quotidien ou hebdomadaire, produits écolabellisés.", PrestaType.SERVICE, "m²", 1, 4),
                    new OfferTemplate("Nettoyage de vitres", "Vitres et baies vitrées jusqu'à 3 mètres.", PrestaType.SERVICE, "m²", 2, 5),
                    new OfferTemplate("Remise en état après chantier", "Nettoyage de fin de chantier avant livraison.", PrestaType.SERVICE, "heure", 30, 42),
                    new OfferTemplate("Désinfection de locaux", "Désinfection des surfaces de contact.", PrestaType.SERVICE, "m²", 1, 3),
                    new OfferTemplate("Nettoyage de parkings", "Balayage mécanisé et lavage des sols.", PrestaType.SERVICE, "m²", 1, 2)));
    private static final Theme BUILDING = new Theme(List.of("Bâti Solidaire %s", "Rénov'Insertion %s", "Chantier École %s"),
            "4334Z", PrestaType.SERVICE, List.of("peinture-revetement-des-murs", "deconstruction-curage-demolition", "menuiserie",
                    "tous-travaux-et-petits-bricolages", "electricite", "plomberie", "carrelage-revetement-des-sols"),
            "les travaux du bâtiment et la rénovation", List.of(
                    new OfferTemplate("Travaux de peinture intérieure", "Préparation des supports, peinture des murs et plafonds.", PrestaType.SERVICE, "m²", 18, 32),
                    new OfferTemplate("Curage et démolition intérieure", "Dépose, tri des déchets de chantier et évacuation.", PrestaType.SERVICE, "m²", 20, 45),
                    new OfferTemplate("Petits travaux de second œuvre", "Menuiserie, plomberie et électricité courantes.", PrestaType.SERVICE, "heure", 35, 48),
                    new OfferTemplate("Pose de revêtements de sol", "Sols souples, parquet flottant, carrelage.", PrestaType.SERVICE, "m²", 22, 45)));
    private static final Theme REUSE = new Theme(List.of("Ressourcerie de %s", "La Recyclerie %s", "Communauté Solidaire de %s"),
            "3832Z", PrestaType.GOODS, List.of("collecte-d-encombrants", "recyclage-d-elements-d-ameublement-dae-et-petits-objets",
                    "recyclage-textiles", "recyclage-d-equipements-electriques-et-electroniques-deee",
                    "achat-de-produits-reconditionnes-informatique-electronique"),
            "la collecte, le réemploi et la vente d'objets de seconde main", List.of(
                    new OfferTemplate("Collecte de mobilier de bureau", "Enlèvement sur site, réemploi ou recyclage tracé.", PrestaType.SERVICE, "m³", 25, 60),
                    new OfferTemplate("Mobilier de réemploi", "Bureaux, chaises et rangements remis en état.", PrestaType.GOODS, "pièce", 20, 150),
                    new OfferTemplate("Ordinateurs portables reconditionnés", "Garantie un an, données effacées de façon certifiée.", PrestaType.GOODS, "pièce", 150, 350),
                    new OfferTemplate("Collecte de textiles", "Bornes de collecte et tri des textiles.", PrestaType.SERVICE, "kg", 1, 2)));
    private static final Theme CATERING = new Theme(List.of("Traiteur Solidaire %s", "La Table de %s", "Cuisine d'Insertion %s"),
            "5621Z", PrestaType.GOODS, List.of("traiteur", "restaurants-cantines", "restauration-collective", "paniers-plateaux-repas",
                    "boulangerie-patisserie-confiseries"),
            "la restauration et le service traiteur", List.of(
                    new OfferTemplate("Plateaux-repas", "Plateaux de saison, produits locaux, livrés le midi.", PrestaType.GOODS, "repas", 12, 22),
                    new OfferTemplate("Buffet pour événement", "Buffet froid ou cocktail dînatoire, service compris.", PrestaType.SERVICE, "repas", 15, 35),
                    new OfferTemplate("Repas en restauration collective", "Cuisine sur place ou en liaison froide.", PrestaType.GOODS, "repas", 4, 8),
                    new OfferTemplate("Viennoiseries pour petit-déjeuner", "Viennoiseries et boissons chaudes livrées.", PrestaType.GOODS, "pièce", 2, 5)));
    private static final Theme LOGISTICS = new Theme(List.of("Logistique Inclusive %s", "Coursiers Solidaires %s", "Trans'Insertion %s"),
            "5229B", PrestaType.SERVICE, List.of("logistique-conditionnement", "manutention", "coursiers-livraison-de-plis-colis",
                    "demenagement", "transport-de-marchandises"),
            "la logistique, la manutention et la livraison", List.of(
                    new OfferTemplate("Conditionnement et mise sous pli", "Préparation de kits, étiquetage, mise sous pli.", PrestaType.SERVICE, "pièce", 0, 1),
                    new OfferTemplate("Déménagement de bureaux", "Emballage, transport et réinstallation.", PrestaType.SERVICE, "heure", 40, 60),
                    new OfferTemplate("Livraison en vélo cargo", "Livraisons urbaines du dernier kilomètre.", PrestaType.SERVICE, "pièce", 8, 15),
                    new OfferTemplate("Manutention ponctuelle", "Équipes de manutention pour vos pics d'activité.", PrestaType.SERVICE, "heure", 25, 35)));
    private static final Theme BIKES = new Theme(List.of("Atelier Vélo Solidaire %s", "Garage Solidaire de %s", "Roue Libre %s"),
            "9529Z", PrestaType.SERVICE, List.of("reparation-de-velos", "garage-mecanique-automobile",
                    "maintenance-de-flottes-de-vehicules-velos-a-assistance-electrique-voitures", "vente-de-vehicules-velos-d-occasions"),
            "la réparation et le réemploi de vélos et de véhicules", List.of(
                    new OfferTemplate("Entretien de flotte de vélos", "Révision sur site des vélos de service.", PrestaType.SERVICE, "heure", 35, 48),
                    new OfferTemplate("Vélos reconditionnés", "Vélos révisés et garantis six mois.", PrestaType.GOODS, "pièce", 120, 300),
                    new OfferTemplate("Ateliers de réparation participatifs", "Animation d'ateliers pour vos salariés.", PrestaType.SERVICE, "heure", 60, 90)));
    private static final Theme TEXTILE = new Theme(List.of("Atelier Couture %s", "Blanchisserie Solidaire %s", "Fil Solidaire %s"),
            "1413Z", PrestaType.GOODS, List.of("blanchisserie", "couture-reprisage-retouches", "confection-a-facon", "repassage", "textiles"),
            "la couture, la confection et l'entretien du linge", List.of(
                    new OfferTemplate("Blanchisserie du linge professionnel", "Collecte, lavage, repassage et livraison.", PrestaType.SERVICE, "kg", 2, 4),
                    new OfferTemplate("Sacs en tissu recyclé", "Confection à façon, personnalisation possible.", PrestaType.GOODS, "pièce", 5, 15),
                    new OfferTemplate("Retouches et réparations", "Ourlets, fermetures, reprisage.", PrestaType.SERVICE, "pièce", 5, 20),
                    new OfferTemplate("Masques en tissu lavables", "Masques UNS1 en tissu, lavables 50 fois.", PrestaType.GOODS, "pièce", 2, 5)));
    private static final Theme OFFICE = new Theme(List.of("Numérique Solidaire %s", "Archives et Services %s", "Digital Insertion %s"),
            "8219Z", PrestaType.SERVICE, List.of("numerisation-ged", "mailing-archivage-secretariat",
                    "gestion-du-parc-informatique-maintenance-installation", "accueil-hotline", "creation-de-sites-internets-webmastering"),
            "les services administratifs et numériques", List.of(
                    new OfferTemplate("Numérisation d'archives", "Numérisation, indexation et restitution en GED.", PrestaType.SERVICE, "pièce", 0, 1),
                    new OfferTemplate("Accueil et standard téléphonique", "Accueil physique et téléphonique de vos locaux.", PrestaType.SERVICE, "heure", 24, 34),
                    new OfferTemplate("Maintenance du parc informatique", "Installation, mises à jour, assistance.", PrestaType.SERVICE, "heure", 40, 60),
                    new OfferTemplate("Création de sites internet", "Sites vitrines accessibles, hébergement compris.", PrestaType.SERVICE, "pièce", 900, 3000)));
    private static final Theme HOME = new Theme(List.of("Coup de Main %s", "Services Plus %s", "Entraide Emploi %s"),
            "7830Z", PrestaType.STAFFING, List.of("aide-menagere", "petits-travaux", "entretien-des-jardins", "manutention", "nettoyage-de-locaux"),
            "la mise à disposition de personnel auprès des particuliers, associations et collectivités", List.of(
                    new OfferTemplate("Mise à disposition pour le ménage", "Personnel pour l'entretien de vos locaux.", PrestaType.STAFFING, "heure", 20, 26),
                    new OfferTemplate("Mise à disposition pour la manutention", "Renfort ponctuel, de quelques heures à quelques semaines.", PrestaType.STAFFING, "heure", 20, 27),
                    new OfferTemplate("Petits travaux de jardinage", "Pour les particuliers et les bailleurs.", PrestaType.STAFFING, "heure", 22, 28)));
    private static final Theme STAFFING = new Theme(List.of("Intérim Solidaire %s", "Tremplin Intérim %s", "GEIQ Insertion Qualification %s"),
            "7820Z", PrestaType.STAFFING, List.of("travaux-de-chantiers", "nettoyage-de-locaux", "logistique-conditionnement",
                    "manutention", "restauration-collective", "transport-de-marchandises"),
            "le travail temporaire et les parcours qualifiants en alternance", List.of(
                    new OfferTemplate("Intérim d'insertion en BTP", "Manœuvres et aides-maçons accompagnés.", PrestaType.STAFFING, "heure", 22, 30),
                    new OfferTemplate("Intérim d'insertion en logistique", "Préparateurs de commandes, caristes.", PrestaType.STAFFING, "heure", 21, 28),
                    new OfferTemplate("Contrats de professionnalisation", "Recrutement et qualification en alternance.", PrestaType.STAFFING, "heure", 18, 25)));
    private static final List<Theme> PRODUCTION_THEMES = List.of(GREEN, FARM, CLEANING, BUILDING, REUSE, CATERING, LOGISTICS,
            BIKES, TEXTILE, OFFICE);

    private final StructureService structures;
    private final EntityManager entityManager;
    private final ReferenceCatalog references;

    public DirectoryDemoData(StructureService structures, EntityManager entityManager, ReferenceCatalog references) {
        this.structures = structures;
        this.entityManager = entityManager;
        this.references = references;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void contribute() {
        @SuppressWarnings("unchecked")
        Set<String> existing = new HashSet<>(entityManager.createNativeQuery("select siret from structure").getResultList());
        Random random = new Random(20200316L);
        Set<String> names = new HashSet<>();
        Organisation demoOrganisation = Organisation.<Organisation>find("name = ?1 and kind = ?2",
                DemoAccounts.SIAE_ORGANISATION, OrganisationKind.SIAE).firstResult();
        for (int i = 0; i < COUNT; i++) {
            Planned planned = i == 0 ? demoStructure(random) : plan(random, names);
            if (existing.contains(planned.profile.siret())) {
                continue;
            }
            StructureInput profile = planned.profile;
            if (i == 0 && demoOrganisation != null) {
                profile = withOrganisation(profile, demoOrganisation);
            }
            structures.createWithCatalogue(profile, planned.activities, planned.offers);
        }
    }

    private record Planned(StructureInput profile, List<ActivityInput> activities, List<OfferInput> offers) {
    }

    private Planned demoStructure(Random random) {
        CommuneView montreuil = references.commune("93048").orElseThrow();
        return plan(random, FARM, StructureKind.ACI, montreuil, "93100", "Les Jardins de Cocagne Montreuil",
                DEMO_SIAE_SIRET);
    }

    private Planned plan(Random random, Set<String> names) {
        int draw = random.nextInt(100);
        StructureKind kind = draw < 50 ? StructureKind.ACI : draw < 75 ? StructureKind.EI : draw < 85 ? StructureKind.AI
                : draw < 93 ? StructureKind.ETTI : draw < 98 ? StructureKind.GEIQ : StructureKind.EITI;
        Theme theme = switch (kind) {
            case AI -> HOME;
            case ETTI, GEIQ -> STAFFING;
            default -> PRODUCTION_THEMES.get(random.nextInt(PRODUCTION_THEMES.size()));
        };
        String department = DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()));
        List<CommuneView> communes = communes(department);
        CommuneView commune = communes.get(random.nextInt(communes.size()));
        String postCode = commune.postCodes().get(random.nextInt(commune.postCodes().size()));
        String place = placeName(commune, postCode);
        String name = null;
        for (int attempt = 0; name == null; attempt++) {
            String template = kind == StructureKind.GEIQ ? "GEIQ Multisectoriel %s"
                    : theme.names().get(random.nextInt(theme.names().size()));
            String candidate = String.format(template, place) + (attempt < 10 ? "" : " " + (attempt - 8));
            if (names.add(candidate)) {
                name = candidate;
            }
        }
        String siren;
        do {
            siren = luhnComplete(String.format("%08d", 30_000_000 + random.nextInt(69_000_000)));
        } while (siren.startsWith("356000000"));
        return plan(random, theme, kind, commune, postCode, name, luhnComplete(siren + "0001"));
    }

    /** Paris is one commune: its arrondissement ("Paris 11e") tells its structures apart. */
    private static String placeName(CommuneView commune, String postCode) {
        if (!commune.name().equals("Paris") || !postCode.startsWith("75")) {
            return commune.name();
        }
        int arrondissement = Integer.parseInt(postCode.substring(3));
        return arrondissement == 1 ? "Paris 1er" : "Paris " + arrondissement + "e";
    }

    private Planned plan(Random random, Theme theme, StructureKind kind, CommuneView commune, String postCode, String name,
            String siret) {
        String slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        boolean association = kind == StructureKind.ACI || kind == StructureKind.AI || kind == StructureKind.GEIQ;
        String legalForm = association ? "Association loi 1901"
                : List.of("SAS", "SARL", "SCOP SA", "SAS ESUS").get(random.nextInt(4));
        List<String> labels = new ArrayList<>();
        if (random.nextInt(10) < 3) {
            labels.add(List.of("esus", "qualiopi", "iso-9001", "ecocert", "rge", "b-corp", "iso-14001").get(random.nextInt(7)));
        }
        List<String> networks = switch (kind) {
            case ACI -> List.of(List.of("chantier-ecole", "coorace", "fas", "emmaus-france").get(random.nextInt(4)));
            case AI -> List.of("coorace");
            case EI, ETTI -> List.of("fei");
            case GEIQ -> List.of("geiq");
            default -> List.of();
        };
        double latitude = commune.latitude() + (random.nextDouble() - 0.5) * 0.01;
        double longitude = commune.longitude() + (random.nextDouble() - 0.5) * 0.014;
        // Filled in this order: the random draws, hence the demo data, stay the same.
        StructureInput.Builder profile = StructureInput.builder();
        profile.siret = siret;
        profile.name = name;
        profile.kind = kind;
        profile.legalForm = legalForm;
        profile.naf = theme.naf();
        profile.address = (1 + random.nextInt(120)) + " " + STREETS.get(random.nextInt(STREETS.size()));
        profile.postCode = postCode;
        profile.city = commune.name();
        profile.department = commune.departmentCode();
        profile.latitude = round(latitude);
        profile.longitude = round(longitude);
        profile.description = name + " est " + describe(kind) + " qui accompagne des personnes éloignées de "
                + "l'emploi à travers " + theme.activity() + ", à " + commune.name() + " et alentour.";
        profile.email = "contact@" + slug + ".fr";
        profile.phone = String.format("01 %02d %02d %02d %02d", 40 + random.nextInt(50), random.nextInt(100),
                random.nextInt(100), random.nextInt(100));
        profile.contactName = CONTACTS.get(random.nextInt(CONTACTS.size()));
        profile.website = "https://www." + slug + ".fr";
        profile.insertionFte = BigDecimal.valueOf(3 + random.nextInt(58) + (random.nextBoolean() ? 0.5 : 0));
        profile.permanentHeadcount = 2 + random.nextInt(14);
        profile.annualRevenue = 150_000L + random.nextInt(2_850) * 1_000L;
        profile.labels = labels;
        profile.networks = networks;
        profile.clientReferences = List.of();
        profile.active = true;

        int activityCount = 1 + random.nextInt(4);
        Set<String> sectors = new LinkedHashSet<>();
        while (sectors.size() < activityCount) {
            sectors.add(theme.sectors().get(random.nextInt(theme.sectors().size())));
        }
        List<ActivityInput> activities = new ArrayList<>();
        for (String sector : sectors) {
            int range = random.nextInt(20);
            GeoRange geoRange = range < 12 ? GeoRange.DEPARTMENTS : range < 17 ? GeoRange.RADIUS : GeoRange.COUNTRY;
            List<String> departments = new ArrayList<>();
            if (geoRange == GeoRange.DEPARTMENTS) {
                departments.add(commune.departmentCode());
                String neighbour = DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()));
                if (!neighbour.equals(commune.departmentCode())) {
                    departments.add(neighbour);
                }
            }
            activities.add(new ActivityInput(sector, List.of(theme.prestaType()), geoRange, departments,
                    geoRange == GeoRange.RADIUS ? 10 + 5 * random.nextInt(9) : null));
        }
        int offerCount = random.nextInt(6);
        List<OfferTemplate> templates = new ArrayList<>(theme.offers());
        List<OfferInput> offers = new ArrayList<>();
        for (int i = 0; i < offerCount && !templates.isEmpty(); i++) {
            OfferTemplate template = templates.remove(random.nextInt(templates.size()));
            int low = template.min() + random.nextInt(Math.max(1, (template.max() - template.min()) / 2 + 1));
            offers.add(new OfferInput(template.title(), template.description(), sectors.iterator().next(),
                    template.type(), template.unit(), BigDecimal.valueOf(low), BigDecimal.valueOf(Math.max(low, template.max())),
                    random.nextBoolean() ? 100 * (1 + random.nextInt(50)) : null));
        }
        return new Planned(profile.build(), activities, offers);
    }

    /** The communes of a department that have a centre, in INSEE code order. */
    private List<CommuneView> communes(String department) {
        return references.communesOf(department).stream().filter(commune -> commune.latitude() != null).toList();
    }

    private static String describe(StructureKind kind) {
        return switch (kind) {
            case ACI -> "un atelier et chantier d'insertion";
            case AI -> "une association intermédiaire";
            case EI -> "une entreprise d'insertion";
            case ETTI -> "une entreprise de travail temporaire d'insertion";
            case EITI -> "une entreprise d'insertion par le travail indépendant";
            case GEIQ -> "un groupement d'employeurs pour l'insertion et la qualification";
            default -> "une structure inclusive";
        };
    }

    private static StructureInput withOrganisation(StructureInput p, Organisation organisation) {
        StructureInput.Builder owned = p.toBuilder();
        owned.organisationId = organisation.id;
        return owned.build();
    }

    private static double round(double value) {
        return Math.round(value * 1e5) / 1e5;
    }

    /** The digits followed by the one check digit that makes them valid by Luhn. */
    static String luhnComplete(String digits) {
        for (int check = 0; check <= 9; check++) {
            String candidate = digits + check;
            if (Siret.isLuhnValid(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }
}
