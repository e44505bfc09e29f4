package fr.relanceiae.financing.diagnostic;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FinancingDiagnosticStatus", description = "DRAFT → SUBMITTED → IN_REVIEW → ORIENTED → CLOSED (a draft "
        + "or any open diagnostic may also be closed)")
public enum FinancingDiagnosticStatus {
    DRAFT, SUBMITTED, IN_REVIEW, ORIENTED, CLOSED;

    /** Every status but CLOSED: a structure has one such diagnostic at most. */
    public boolean isOpen() {
        return this != CLOSED;
    }
}
