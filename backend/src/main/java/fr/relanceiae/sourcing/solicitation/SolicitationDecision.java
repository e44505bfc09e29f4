package fr.relanceiae.sourcing.solicitation;

/** What a solicited structure answers; its solicitation takes the status of the same name. */
public enum SolicitationDecision {
    INTERESTED, DECLINED;

    public SolicitationStatus status() {
        return this == INTERESTED ? SolicitationStatus.INTERESTED : SolicitationStatus.DECLINED;
    }
}
