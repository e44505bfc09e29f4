package fr.relanceiae.barometer.survey;

import java.util.UUID;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import fr.relanceiae.shared.paging.PagingQuery;

/** The survey list's filters: structure, weeks from and to (ISO weeks, both included), page and size. */
public class ActivitySurveyQuery extends PagingQuery {

    @QueryParam("structureId")
    @Parameter(description = "Only this structure's answers")
    public UUID structureId;

    @QueryParam("from")
    @Size(max = 8)
    @Parameter(description = "First ISO week, e.g. 2026-W40 (included)")
    public String from;

    @QueryParam("to")
    @Size(max = 8)
    @Parameter(description = "Last ISO week, e.g. 2026-W48 (included)")
    public String to;
}
