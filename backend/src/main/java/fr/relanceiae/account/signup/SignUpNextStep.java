package fr.relanceiae.account.signup;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SignUpNextStep", description = "LOG_IN: the account is ready; LOG_IN_CLAIM_PENDING: the person may log "
        + "in, but the structure they asked for is not attached yet (its contact must follow the link sent to it, or "
        + "a facilitator must accept the request)")
public enum SignUpNextStep {
    LOG_IN, LOG_IN_CLAIM_PENDING
}
