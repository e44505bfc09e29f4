package fr.relanceiae.sourcing.solicitation;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How to reach a solicited structure: its public contact and the people with an account acting for it. */
@Schema(name = "SolicitationContact")
public record SolicitationContact(
        String contactName,
        String email,
        String phone,
        @Schema(required = true, description = "The active users of the structure's organisation") List<User> users) {

    @Schema(name = "SolicitationContactUser")
    public record User(@Schema(required = true) String displayName, @Schema(required = true) String email) {
    }
}
