/**
 * The activity barometer's aggregates (issue 12), as plain Java with no database nor framework:
 * {@link fr.relanceiae.barometer.indicators.IsoWeek} the period of a survey,
 * {@link fr.relanceiae.barometer.indicators.ActivityCube} the cells per week × department × kind
 * and their margins computed from the surveys, and
 * {@link fr.relanceiae.barometer.indicators.SmallCellSuppression} what partners may not see.
 *
 * <p>Facilitators see every figure; partners see the cube
 * {@linkplain fr.relanceiae.barometer.indicators.ActivityCube#forPartners() suppressed}, where no
 * figure of fewer than 5 structures is shown or can be recomputed from the others.
 */
package fr.relanceiae.barometer.indicators;
