import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an import file of N new structures (valid SIRETs starting with 8, one to
 * three sectors each) for the import timing: java MakeCsv.java N out.csv [suffix].
 * A suffix is added to every name: the same structures again, all to be updated.
 */
public class MakeCsv {

    private static final String[] SECTORS = { "nettoyage-de-locaux", "creation-et-entretien-des-espaces-verts",
            "peinture-revetement-des-murs", "traiteur", "demenagement", "reparation-de-velos", "blanchisserie",
            "numerisation-ged", "collecte-d-encombrants", "maraichage-legumerie-conserverie" };
    private static final String[][] PLACES = { { "93100", "Montreuil", "48.8611", "2.4437" },
            { "75011", "Paris", "48.8590", "2.3800" }, { "92000", "Nanterre", "48.8924", "2.2071" },
            { "94000", "Créteil", "48.7904", "2.4556" }, { "95000", "Cergy", "49.0364", "2.0761" },
            { "91000", "Évry-Courcouronnes", "48.6294", "2.4410" }, { "78000", "Versailles", "48.8049", "2.1204" },
            { "77000", "Melun", "48.5421", "2.6554" } };
    private static final String[] KINDS = { "ACI", "ACI", "EI", "AI", "ETTI", "GEIQ" };

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        String suffix = args.length > 2 ? " " + args[2] : "";
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            out.print("siret;name;kind;legal_form;naf;address;post_code;city;latitude;longitude;description;email;"
                    + "phone;website;insertion_fte;sectors;presta_types;geo_range;geo_departments;geo_radius_km\r\n");
            for (int i = 1; i <= count; i++) {
                String[] place = PLACES[i % PLACES.length];
                String sectors = SECTORS[i % SECTORS.length]
                        + (i % 3 > 0 ? "|" + SECTORS[(i + 3) % SECTORS.length] : "")
                        + (i % 3 > 1 ? "|" + SECTORS[(i + 6) % SECTORS.length] : "");
                out.print(String.join(";", luhnComplete("8" + String.format("%012d", i)),
                        "Structure importée " + i + " " + place[1] + suffix, KINDS[i % KINDS.length], "Association loi 1901",
                        "81.21Z", i + " rue de la Paix", place[0], place[1], place[2], place[3],
                        "\"Structure d'insertion ; nettoyage, espaces verts et petits travaux.\"",
                        "contact" + i + "@import.example.org", "01 23 45 67 89", "www.import" + i + ".example.org",
                        Integer.toString(5 + i % 40), sectors, i % 4 == 0 ? "SERVICE|GOODS" : "SERVICE",
                        i % 5 == 0 ? "RADIUS" : "DEPARTMENTS", "", i % 5 == 0 ? "25" : ""));
                out.print("\r\n");
            }
        }
    }

    static String luhnComplete(String digits) {
        for (int check = 0; check <= 9; check++) {
            String candidate = digits + check;
            int sum = 0;
            for (int i = 0; i < candidate.length(); i++) {
                int digit = candidate.charAt(candidate.length() - 1 - i) - '0';
                if (i % 2 == 1) {
                    digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
                }
                sum += digit;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }
}
