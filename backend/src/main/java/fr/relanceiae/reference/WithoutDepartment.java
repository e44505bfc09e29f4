package fr.relanceiae.reference;

/**
 * The structures whose profile has no department, in the indicators that count by department (the
 * barometer's, the financing diagnostics'): a row of their own under this code, so that the totals
 * count them and the margins add up.
 */
public final class WithoutDepartment {

    /** Not an INSEE code: no department is named so. */
    public static final String CODE = "ND";
    /** How the pages and the exports name it. */
    public static final String LABEL = "Sans département";

    private WithoutDepartment() {
    }
}
