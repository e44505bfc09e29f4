package fr.relanceiae.directory;

/**
 * SIRET (14 digits) checks: valid iff the Luhn sum is a
 * multiple of 10, except La Poste's establishments (SIREN 356000000), whose
 * SIRETs are valid when the plain sum of their digits is a multiple of 5.
 */
public final class Siret {

    private static final String LA_POSTE_SIREN = "356000000";

    private Siret() {
    }

    public static boolean isValid(String siret) {
        if (siret == null || !siret.matches("\\d{14}")) {
            return false;
        }
        if (siret.startsWith(LA_POSTE_SIREN)) {
            return digitSum(siret) % 5 == 0;
        }
        return luhnSum(siret) % 10 == 0;
    }

    /** Whether these digits pass the Luhn check (generators of test and demo SIRETs use it). */
    public static boolean isLuhnValid(String digits) {
        return digits != null && digits.matches("\\d+") && luhnSum(digits) % 10 == 0;
    }

    /** Digits only ("123 456 789 00012" → "12345678900012"), or the input unchanged when it has letters. */
    public static String normalise(String value) {
        if (value == null) {
            return null;
        }
        String compact = value.replaceAll("[\\s.\\-]", "");
        return compact.isEmpty() ? value.trim() : compact;
    }

    private static int luhnSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum;
    }

    private static int digitSum(String digits) {
        int sum = 0;
        for (char c : digits.toCharArray()) {
            sum += c - '0';
        }
        return sum;
    }
}
