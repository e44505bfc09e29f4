package fr.relanceiae.directory.search;

/**
 * Great-circle distances on the sphere of PostgreSQL's earthdistance module
 * (radius 6,378.168 km), so that the directory and SQL queries agree on what lies
 * within a radius.
 */
public final class Distance {

    static final double EARTH_RADIUS_KM = 6378.168;

    private Distance() {
    }

    /** Haversine formula: accurate at short distances too. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
