package fr.relanceiae.barometer.survey;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.relanceiae.barometer.survey.ActivitySurveyViews.LinkView;
import fr.relanceiae.shared.web.ClientAddress;
import io.vertx.core.http.HttpServerRequest;

/**
 * A structure's weekly survey opened and answered without an account, through the personal link of
 * the Monday e-mail or Thursday's reminder ({@code /enquete/<token>}). The token acts for that one
 * structure and week until it expires; a wrong or expired one is a 404, the same for both. Look-ups
 * are limited per client address (429). Answers send no referrer and are not stored by caches.
 */
@Path(SurveyLinkResource.PATH)
@Tag(name = "Barometer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurveyLinkResource {

    static final String PATH = "/api/v1/survey-links/{token}";
    /** Tokens are 43 characters; anything much longer is not one. */
    static final int MAX_TOKEN = 100;

    private final ActivitySurveyService service;
    private final SurveyLinkLimit limit;

    public SurveyLinkResource(ActivitySurveyService service, SurveyLinkLimit limit) {
        this.service = service;
        this.limit = limit;
    }

    @GET
    @PermitAll
    @Operation(operationId = "getSurveyByLink", summary = "The week's survey opened from its personal link",
            description = "No account needed. The answers in force if any, else last answered week's to pre-fill.")
    @APIResponse(responseCode = "200", description = "The structure's week",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LinkView.class)))
    @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @APIResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
    public LinkView get(@PathParam("token") @Size(max = MAX_TOKEN) String token, @Context HttpServerRequest http) {
        limit.check(ClientAddress.of(http));
        return service.getByLink(token);
    }

    @PUT
    @PermitAll
    @Operation(operationId = "answerSurveyByLink", summary = "Answer the week's survey from its personal link",
            description = "No account needed; the same rules as POST /activity-surveys (entered via LINK). A second "
                    + "answer replaces the first and keeps it in the history.")
    @APIResponse(responseCode = "200", description = "Answered; the week as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LinkView.class)))
    @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @APIResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
    public LinkView answer(@PathParam("token") @Size(max = MAX_TOKEN) String token,
            @Valid @NotNull ActivitySurveyAnswers answers, @Context HttpServerRequest http) {
        limit.check(ClientAddress.of(http));
        return service.answerByLink(token, answers);
    }
}
