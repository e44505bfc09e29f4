package fr.relanceiae.shared.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditAction", description = "READ: the record was opened; LIST: it was in a list the caller read")
public enum AuditAction {
    READ, LIST
}
