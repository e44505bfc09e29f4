package fr.relanceiae.account;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.relanceiae.shared.security.CallerContext;
import fr.relanceiae.shared.security.Roles;

/**
 * The logged-in person. Partner clients are systems, not people: they get 403
 * here (their identity is in their token).
 */
@Path("/api/v1/me")
@Tag(name = "Me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

    private final UserService users;
    private final PasswordService passwords;
    private final CallerContext caller;
    private final FailureLimits limits;

    public MeResource(UserService users, PasswordService passwords, CallerContext caller, FailureLimits limits) {
        this.users = users;
        this.passwords = passwords;
        this.caller = caller;
        this.limits = limits;
    }

    @GET
    @RolesAllowed({ Roles.BUYER, Roles.SIAE, Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "getCurrentUser", summary = "The logged-in user and their organisation",
            description = "For people only: a partner client's token gets 403.")
    public CurrentUser get() {
        return users.current(caller.requireUserId());
    }

    @PUT
    @Path("/password")
    @RolesAllowed({ Roles.BUYER, Roles.SIAE, Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "changePassword", summary = "Change one's password",
            description = "A wrong current password is a validation error on `currentPassword`; after 5 of them "
                    + "in 15 minutes (configurable), 429 until the 15 minutes have passed.")
    @APIResponse(responseCode = "204", description = "Password changed")
    @APIResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
    public RestResponse<Void> changePassword(@Valid @NotNull PasswordChange change) {
        UUID userId = caller.requireUserId();
        limits.passwordChange(userId, () -> passwords.change(userId, change));
        return RestResponse.noContent();
    }
}
