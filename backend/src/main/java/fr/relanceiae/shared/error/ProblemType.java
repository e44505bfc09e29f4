package fr.relanceiae.shared.error;

import java.net.URI;

/** Every kind of error the API answers, each with a stable {@code type} URI (RFC 9457). */
public enum ProblemType {
    VALIDATION("validation", 400, "Données invalides"),
    MALFORMED_REQUEST("malformed-request", 400, "Requête mal formée"),
    INVALID_TOKEN("invalid-token", 400, "Lien invalide ou expiré"),
    UNAUTHORIZED("unauthorized", 401, "Authentification requise"),
    INVALID_CREDENTIALS("invalid-credentials", 401, "Identifiants incorrects"),
    FORBIDDEN("forbidden", 403, "Accès refusé"),
    EMAIL_NOT_VERIFIED("email-not-verified", 403, "Adresse e-mail à confirmer"),
    NOT_FOUND("not-found", 404, "Ressource introuvable"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Méthode non autorisée"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Format de réponse non disponible"),
    CONFLICT("conflict", 409, "Conflit"),
    PRECONDITION_FAILED("precondition-failed", 412, "La ressource a été modifiée entre-temps"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Requête trop volumineuse"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Format de requête non pris en charge"),
    UNPROCESSABLE("unprocessable", 422, "Requête impossible à traiter"),
    PRECONDITION_REQUIRED("precondition-required", 428, "En-tête If-Match requis"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Trop de requêtes"),
    INTERNAL("internal", 500, "Erreur interne"),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Service indisponible");

    public static final String BASE_URI = "https://relance-iae.fr/problems/";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return URI.create(BASE_URI + slug);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The generic kind for an HTTP status raised by the framework (unknown path, wrong method…). */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != INVALID_TOKEN && type != INVALID_CREDENTIALS
                    && type != VALIDATION) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED_REQUEST;
    }
}
