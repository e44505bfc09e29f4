package fr.relanceiae.sourcing.solicitation;

/** Where a structure stands with one request: sent, first viewed, then answered (the answer may change until the deadline). */
public enum SolicitationStatus {
    SENT, VIEWED, INTERESTED, DECLINED
}
