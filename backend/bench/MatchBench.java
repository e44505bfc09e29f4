import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import fr.relanceiae.directory.GeoRange;
import fr.relanceiae.reference.CommuneView;
import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.reference.StructureKind;
import fr.relanceiae.sourcing.matching.Candidate;
import fr.relanceiae.sourcing.matching.MatchCriteria;
import fr.relanceiae.sourcing.matching.MatchRanking;
import fr.relanceiae.sourcing.matching.MatchReferences;
import fr.relanceiae.sourcing.matching.NeutralResponsiveness;
import fr.relanceiae.sourcing.matching.Stems;

/**
 * The in-memory part of the match preview (no HTTP endpoint exists yet): the rule and the score of
 * every structure, the ranking, and the French reasons of every match or of the first 100 (a page), as
 * Matcher.match(criteria[, limit]) runs them on its snapshot, over N
 * structures shaped like generate.sql's (the eight Île-de-France departments, ten trades, 2 activities
 * and M offers each, 60 % DEPARTMENTS, 30 % RADIUS 30 km, 10 % COUNTRY). What the real call adds:
 * the directory index's check (one statement) and, for matches without an e-mail, one statement for
 * their organisations' users. p50/p99 at 1 and 8 concurrent callers, in elapsed time and in the
 * caller thread's CPU time (which a loaded machine does not inflate). Run by match.sh.
 *
 *   java -cp <classes and jars> MatchBench.java [structures=10000] [offers=10] [seconds-per-run=5]
 */
public class MatchBench {

    private static final String[] DEPARTMENTS = { "75", "77", "78", "91", "92", "93", "94", "95" };
    private static final double[][] CENTRES = { { 48.8566, 2.3522 }, { 48.54, 2.66 }, { 48.80, 2.13 },
            { 48.63, 2.44 }, { 48.89, 2.21 }, { 48.91, 2.45 }, { 48.79, 2.46 }, { 49.04, 2.08 } };
    private static final String[][] SECTORS = { { "nettoyage-de-locaux", "nettoyage-urbain" },
            { "creation-et-entretien-des-espaces-verts", "genie-ecologique" },
            { "peinture-revetement-des-murs", "deconstruction-curage-demolition" },
            { "collecte-d-encombrants", "recyclage-textiles" }, { "traiteur", "restauration-collective" },
            { "logistique-conditionnement", "demenagement" },
            { "reparation-de-velos", "vente-de-vehicules-velos-d-occasions" },
            { "blanchisserie", "couture-reprisage-retouches" }, { "numerisation-ged", "accueil-hotline" },
            { "maraichage-legumerie-conserverie", "paniers-plateaux-repas" } };
    private static final String[][] OFFERS = {
            { "Nettoyage de bureaux", "Nettoyage de vitres", "Remise en état après chantier", "Désinfection de locaux" },
            { "Entretien d'espaces verts", "Taille de haies", "Débroussaillage de terrains", "Création de massifs fleuris" },
            { "Peinture intérieure", "Curage et démolition", "Petits travaux de second œuvre", "Pose de revêtements de sol" },
            { "Collecte de mobilier de bureau", "Mobilier de réemploi", "Ordinateurs reconditionnés", "Collecte de textiles" },
            { "Plateaux-repas", "Buffet pour événement", "Repas en restauration collective", "Viennoiseries du matin" },
            { "Conditionnement et mise sous pli", "Déménagement de bureaux", "Livraison en vélo cargo", "Manutention ponctuelle" },
            { "Entretien de flotte de vélos", "Vélos reconditionnés", "Réparation de vélos", "Ateliers de réparation" },
            { "Blanchisserie du linge professionnel", "Sacs en tissu recyclé", "Retouches et réparations", "Repassage du linge" },
            { "Numérisation d'archives", "Accueil et standard téléphonique", "Maintenance informatique", "Création de sites internet" },
            { "Paniers de légumes bio", "Légumerie pour la restauration collective", "Plants potagers", "Corbeilles de fruits" } };
    private static final StructureKind[] KINDS = { StructureKind.ACI, StructureKind.EI, StructureKind.AI,
            StructureKind.ETTI, StructureKind.GEIQ };

    public static void main(String[] args) throws Exception {
        int structures = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int offers = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        long seconds = args.length > 2 ? Long.parseLong(args[2]) : 5;
        Random random = new Random(42);
        MatchReferences references = references(random);
        long heapBefore = usedHeapAfterGc();
        long start = System.nanoTime();
        List<Candidate> candidates = candidates(structures, offers, random);
        long built = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%d structures, %d offers each, built in %d ms, %.1f MB of heap%n", structures, offers,
                built, (usedHeapAfterGc() - heapBefore) / 1e6);

        Map<String, MatchCriteria> needs = new java.util.LinkedHashMap<>();
        needs.put("departments 93, one group, text", MatchCriteria.builder().sectors(List.of("proprete"))
                .departments(List.of("93")).text("Nettoyage de bureaux", "Entretien quotidien de nos locaux").build());
        needs.put("point Paris 15 km, 2 sectors, nationwide, text", MatchCriteria.builder()
                .sectors(List.of("nettoyage-de-locaux", "traiteur")).point(48.8566, 2.3522, 15.0, null)
                .includeNationwide(true).text("Plateaux-repas et nettoyage", null).build());
        needs.put("worst case: every sector, 8 departments, nationwide", MatchCriteria.builder()
                .sectors(Arrays.stream(SECTORS).flatMap(Arrays::stream).toList()).departments(List.of(DEPARTMENTS))
                .includeNationwide(true).text("Prestation en insertion", null).build());

        System.out.println("| need | reasons of | callers | matches | calls | p50 ms | p99 ms | CPU p50 ms | CPU p99 ms |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        String only = System.getenv("NEED"); // the start of one need's name: only that one
        for (Map.Entry<String, MatchCriteria> need : needs.entrySet()) {
            if (only != null && !need.getKey().startsWith(only)) {
                continue;
            }
            run(need.getKey(), need.getValue(), candidates, references, 1, 2, Integer.MAX_VALUE); // warm-up
            for (int limit : new int[] { Integer.MAX_VALUE, 100 }) {
                for (int callers : new int[] { 1, 8 }) {
                    run(need.getKey(), need.getValue(), candidates, references, callers, seconds, limit);
                }
            }
        }
    }

    /** What Matcher.match does in memory: resolve, rank every match, write every match's reasons. */
    private static int preview(MatchCriteria need, List<Candidate> candidates, MatchReferences references, int limit) {
        MatchCriteria resolved = need.resolvedWith(references);
        MatchRanking.Ranking ranking = MatchRanking.rank(candidates, resolved, new NeutralResponsiveness(), limit);
        int reasons = 0;
        for (MatchRanking.Ranked match : ranking.matches()) {
            reasons += ranking.reasons(match, references).size();
        }
        return reasons == 0 ? 0 : ranking.matches().size();
    }

    private static void run(String name, MatchCriteria need, List<Candidate> candidates, MatchReferences references,
            int callers, long seconds, int limit) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<long[]>> results = new ArrayList<>();
        int[] matches = new int[1];
        for (int c = 0; c < callers; c++) {
            results.add(pool.submit(() -> {
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                long[] times = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end && n < times.length / 2) {
                    long t = System.nanoTime();
                    long cpu = threads.getCurrentThreadCpuTime();
                    matches[0] = preview(need, candidates, references, limit);
                    times[2 * n] = System.nanoTime() - t;
                    times[2 * n + 1] = threads.getCurrentThreadCpuTime() - cpu;
                    n++;
                }
                return Arrays.copyOf(times, 2 * n);
            }));
        }
        List<Long> walls = new ArrayList<>();
        List<Long> cpus = new ArrayList<>();
        for (Future<long[]> result : results) {
            long[] times = result.get();
            for (int i = 0; i < times.length; i += 2) {
                walls.add(times[i]);
                cpus.add(times[i + 1]);
            }
        }
        pool.shutdown();
        walls.sort(null);
        cpus.sort(null);
        System.out.printf("| %s | %s | %d | %d | %d | %.1f | %.1f | %.1f | %.1f |%n", name,
                limit == Integer.MAX_VALUE ? "all" : "first " + limit, callers, matches[0], walls.size(),
                walls.get(walls.size() / 2) / 1e6, percentile99(walls) / 1e6, cpus.get(cpus.size() / 2) / 1e6,
                percentile99(cpus) / 1e6);
    }

    private static long usedHeapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long percentile99(List<Long> sorted) {
        return sorted.get((int) Math.max(0, Math.ceil(sorted.size() * 0.99) - 1));
    }

    private static List<Candidate> candidates(int count, int offersEach, Random random) {
        List<Candidate> candidates = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            int theme = i % 10;
            int d = random.nextInt(DEPARTMENTS.length);
            double lat = CENTRES[d][0] + (random.nextDouble() - 0.5) * 0.3;
            double lon = CENTRES[d][1] + (random.nextDouble() - 0.5) * 0.4;
            List<Candidate.CandidateActivity> activities = new ArrayList<>();
            for (int k = 1; k <= 2; k++) {
                int range = (i + k) % 10;
                GeoRange geo = range < 6 ? GeoRange.DEPARTMENTS : range < 9 ? GeoRange.RADIUS : GeoRange.COUNTRY;
                activities.add(new Candidate.CandidateActivity(SECTORS[theme][k - 1],
                        Set.of(theme % 3 == 0 ? PrestaType.GOODS : PrestaType.SERVICE), geo,
                        geo == GeoRange.DEPARTMENTS ? Set.of(DEPARTMENTS[d]) : Set.of(),
                        geo == GeoRange.RADIUS ? 30 : null));
            }
            List<Candidate.CandidateOffer> offers = new ArrayList<>();
            for (int j = 1; j <= offersEach; j++) {
                String title = OFFERS[theme][(j - 1) % 4] + (j > 4 ? " (formule " + j + ")" : "");
                offers.add(new Candidate.CandidateOffer(title, Stems.of(title),
                        Stems.of("Prestation réalisée par nos équipes en insertion, encadrées par des professionnels.")));
            }
            String name = "Structure " + theme + " " + i;
            candidates.add(new Candidate(UUID.nameUUIDFromBytes(name.getBytes()), name, name.toLowerCase(),
                    KINDS[i % KINDS.length], true, DEPARTMENTS[d], lat, lon, 3.0 + i % 60, 150_000L + (i % 2850) * 1000L,
                    true, UUID.randomUUID(), activities, offers,
                    Stems.of(name + " accompagne des personnes éloignées de l'emploi : "
                            + String.join(", ", OFFERS[theme]) + ".")));
        }
        return candidates;
    }

    /** The sectors above in one group each pair plus a "proprete" group; 35,000 communes around France. */
    private static MatchReferences references(Random random) {
        Map<String, List<String>> groups = new HashMap<>();
        Map<String, String> sectorNames = new HashMap<>();
        for (String[] pair : SECTORS) {
            groups.put("groupe-" + pair[0], List.of(pair));
            for (String sector : pair) {
                sectorNames.put(sector, sector.replace('-', ' '));
            }
        }
        groups.put("proprete", List.of(SECTORS[0]));
        Map<String, String> departments = new HashMap<>();
        for (String code : DEPARTMENTS) {
            departments.put(code, "Département " + code);
        }
        List<CommuneView> communes = new ArrayList<>(35_000);
        for (int i = 0; i < 35_000; i++) {
            int d = i % DEPARTMENTS.length;
            communes.add(new CommuneView(String.valueOf(10_000 + i), "Commune " + i, DEPARTMENTS[d], List.of("00000"),
                    CENTRES[d][0] + (random.nextDouble() - 0.5) * 0.3, CENTRES[d][1] + (random.nextDouble() - 0.5) * 0.4));
        }
        return new MatchReferences(groups, sectorNames, departments, communes);
    }
}
