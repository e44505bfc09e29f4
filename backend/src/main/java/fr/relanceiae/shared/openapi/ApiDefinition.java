package fr.relanceiae.shared.openapi;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import fr.relanceiae.shared.error.Problem;
import jakarta.ws.rs.core.Application;

/** The JAX-RS application (SmallRye reads @OpenAPIDefinition only here): the API's description and the shared error responses that {@link ProblemResponsesFilter} references. */
@OpenAPIDefinition(
        info = @Info(title = "Relance IAE API", version = "1.0.0",
                description = "API of Relance IAE, the shared tool of the regional network of inclusion enterprises "
                        + "(SIAE), their buyers, the network's facilitators and partner administrations.",
                license = @License(name = "EUPL-1.2", url = "https://joinup.ec.europa.eu/collection/eupl")),
        components = @Components(responses = {
                @APIResponse(name = "BadRequest", responseCode = "400",
                        description = "Invalid input: malformed JSON, or validation errors listed field by field",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "Unauthorized", responseCode = "401",
                        description = "Missing, invalid or expired access token",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "Forbidden", responseCode = "403",
                        description = "The caller's role or organisation does not allow this, or a partner token "
                                + "lacks the operation's `x-required-scope`",
                        headers = @Header(name = "WWW-Authenticate", description = "For a partner token without the "
                                + "scope: `Bearer error=\"insufficient_scope\", scope=\"<the x-required-scope>\"`",
                                schema = @Schema(type = SchemaType.STRING)),
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "NotFound", responseCode = "404", description = "No such resource",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "Conflict", responseCode = "409", description = "Conflicts with the current state",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "TooManyRequests", responseCode = "429",
                        description = "Too many attempts; retry after the Retry-After delay",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "InternalError", responseCode = "500",
                        description = "Unexpected error; the correlation id is logged",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
        }))
public class ApiDefinition extends Application {
}
