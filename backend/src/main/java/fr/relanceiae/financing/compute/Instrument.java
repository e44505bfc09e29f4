package fr.relanceiae.financing.compute;

/** The financing instruments a diagnostic can recommend; the codes are the API's. */
public enum Instrument {
    PGE("Prêt garanti par l'État (PGE)"),
    FDI_CONSOLIDATION("Aide à la consolidation du FDI"),
    FDI_CONSULTING("Aide au conseil du FDI"),
    DLA("Dispositif local d'accompagnement (DLA)"),
    SHORT_TIME_WORK("Activité partielle"),
    CHARGES_DEFERRAL("Report des charges sociales et fiscales"),
    SOLIDARITY_FUND("Fonds de solidarité"),
    FRANCE_ACTIVE("Garantie ou prêt France Active");

    private final String french;

    Instrument(String french) {
        this.french = french;
    }

    /** The instrument's name as users know it. */
    public String french() {
        return french;
    }
}
