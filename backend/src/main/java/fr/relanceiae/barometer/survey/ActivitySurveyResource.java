package fr.relanceiae.barometer.survey;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.relanceiae.barometer.survey.ActivitySurveyViews.FormView;
import fr.relanceiae.barometer.survey.ActivitySurveyViews.SurveyPage;
import fr.relanceiae.barometer.survey.ActivitySurveyViews.SurveyView;
import fr.relanceiae.barometer.survey.ActivitySurveyViews.VersionView;
import fr.relanceiae.shared.idempotency.IdempotentRequests;
import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.shared.web.PublicUrl;

/** The weekly activity survey of the structures: answered, replaced (the history is kept), listed. */
@Path("/api/v1/activity-surveys")
@Tag(name = "Barometer", description = "The weekly activity survey, its indicators and the follow-up of declared needs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivitySurveyResource {

    private static final String SEES = " A siae user sees its organisation's structures' answers (another's is a "
            + "404), a facilitator or an admin all.";

    private final ActivitySurveyService service;
    private final PublicUrl publicUrl;
    private final IdempotentRequests idempotent;

    public ActivitySurveyResource(ActivitySurveyService service, PublicUrl publicUrl, IdempotentRequests idempotent) {
        this.service = service;
        this.publicUrl = publicUrl;
        this.idempotent = idempotent;
    }

    @POST
    @RolesAllowed({ Roles.SIAE, Roles.FACILITATOR })
    @Operation(operationId = "answerActivitySurvey", summary = "Answer a structure's survey for a week",
            description = "A siae user answers for one of its organisation's structures (structureId may be left out "
                    + "when there is only one); a facilitator names the structure (a phone survey: entered via "
                    + "FACILITATOR). The week is not after the current one (Paris time) and at most 52 weeks back. "
                    + "Working + short-time ≤ employees and each way of following ≤ people followed (400 naming the "
                    + "fields). A second answer for the same week replaces the first (200) and keeps it in the "
                    + "history. Each need declared opens a follow-up unless one is open for it.")
    @APIResponse(responseCode = "201", description = "The first answer of that structure for that week",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyView.class)))
    @APIResponse(responseCode = "200", description = "Replaced the answer of that week",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyView.class)))
    public RestResponse<SurveyView> answer(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull ActivitySurveyInput input) {
        return idempotent.run(idempotencyKey, "POST /activity-surveys", input, () -> {
            ActivitySurveyService.Answered answered = service.answer(input);
            SurveyView view = answered.view();
            return answered.created()
                    ? RestResponse.ResponseBuilder.<SurveyView>created(publicUrl.of("/api/v1/activity-surveys/" + view.id()))
                            .entity(view).build()
                    : RestResponse.ok(view);
        });
    }

    @GET
    @RolesAllowed({ Roles.SIAE, Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "listActivitySurveys", summary = "Answers in force, newest week first",
            description = "Filtered by structure and weeks." + SEES)
    public SurveyPage list(@Valid @BeanParam ActivitySurveyQuery query) {
        return service.list(query);
    }

    @GET
    @Path("this-week")
    @RolesAllowed({ Roles.SIAE, Roles.FACILITATOR })
    @Operation(operationId = "getThisWeekSurvey", summary = "This week's survey of a structure, to answer it",
            description = "Its answer if given, and the answers of the last week answered before to pre-fill the "
                    + "form. structureId may be left out by a siae user with one structure; required for a "
                    + "facilitator (400).")
    public FormView thisWeek(@QueryParam("structureId") @Parameter(description = "The structure") UUID structureId) {
        return service.thisWeek(structureId);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.SIAE, Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "getActivitySurvey", summary = "An answer in force", description = SEES)
    public SurveyView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({ Roles.SIAE, Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "getActivitySurveyHistory", summary = "Every answer given for that structure's week",
            description = "The one in force included, newest first." + SEES)
    public List<VersionView> history(@PathParam("id") UUID id) {
        return service.history(id);
    }
}
