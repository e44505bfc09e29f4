package fr.relanceiae.barometer.survey;

import java.util.UUID;

import fr.relanceiae.barometer.indicators.Need;

/**
 * A survey declared a need for which a new follow-up was opened (CDI event, fired synchronously
 * in the survey's transaction). The financing side observes the {@link Need#FINANCING} ones to
 * open a draft diagnostic for the structure, unless one is already open, and records its id on
 * the follow-up ({@code follow_up.diagnostic_id}); the barometer does not know the diagnostics.
 *
 * @param structureId    the structure that answered
 * @param surveyId       the survey answer that declared the need
 * @param followUpId     the follow-up opened for it
 * @param need           the need
 * @param revenueLossPct the revenue loss declared in that answer (pre-fills a diagnostic)
 */
public record NeedDeclared(UUID structureId, UUID surveyId, UUID followUpId, Need need, int revenueLossPct) {
}
