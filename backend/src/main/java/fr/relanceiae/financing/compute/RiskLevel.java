package fr.relanceiae.financing.compute;

/**
 * How close a structure is to running out of cash. The declaration order is the
 * severity order: rules compare levels with {@code <}, {@code >=}… by it.
 */
public enum RiskLevel {
    LOW("faible"), MEDIUM("moyen"), HIGH("élevé"), CRITICAL("critique");

    private final String french;

    RiskLevel(String french) {
        this.french = french;
    }

    /** The adjective shown to users (« risque élevé »). */
    public String french() {
        return french;
    }
}
