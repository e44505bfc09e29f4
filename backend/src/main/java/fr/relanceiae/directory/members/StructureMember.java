package fr.relanceiae.directory.members;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.account.UserView;

/** A siae user acting for a structure (a user of its organisation). */
@Schema(name = "StructureMember")
public record StructureMember(
        @Schema(required = true) UUID id,
        @Schema(required = true) String email,
        @Schema(required = true) String displayName,
        @Schema(required = true) boolean active,
        @Schema(required = true, description = "False until the invitation link is followed") boolean passwordSet) {

    static StructureMember of(UserView user) {
        return new StructureMember(user.id(), user.email(), user.displayName(), user.active(), user.passwordSet());
    }
}
