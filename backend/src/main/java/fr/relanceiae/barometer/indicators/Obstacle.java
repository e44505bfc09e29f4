package fr.relanceiae.barometer.indicators;

/**
 * An obstacle to following employees in insertion that a structure reports in its weekly
 * survey (JSON codes of {@code obstacles}); the reference list of issue 12.
 */
public enum Obstacle {
    NO_EQUIPMENT, NO_CONNECTION, HEALTH, CHILDCARE, TRANSPORT, OTHER
}
