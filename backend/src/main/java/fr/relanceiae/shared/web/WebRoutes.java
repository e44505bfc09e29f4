package fr.relanceiae.shared.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.relanceiae.shared.error.Problem;
import fr.relanceiae.shared.error.ProblemResponses;
import fr.relanceiae.shared.error.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * HTTP concerns below the REST layer: deep links of the single-page app and the
 * caching of its files, the
 * body limits (1 MB for JSON, the global one for uploads) answered as problems,
 * and problem+json for /api paths no resource answers.
 */
@ApplicationScoped
public class WebRoutes {

    /** JSON bodies are small; only the upload routes may take up to the global 50 MB limit. */
    static final long MAX_JSON_BODY_BYTES = 1024 * 1024;

    /** Its errors follow RFC 6749, not problem+json. */
    private static final String OAUTH_TOKEN_PATH = "/api/v1/auth/token";

    /** The web app's page of a solicitation's personal link ({@code /reponse/<token>}). */
    static final String PERSONAL_LINK_PAGE = "/reponse/";

    /**
     * A structure's public profile page ({@code /annuaire/<id>}): its deep link is answered by
     * {@code directory.PublicDirectoryPages}, which writes the structure's title and description into
     * index.html, instead of being rerouted here.
     */
    public static final Pattern PROFILE_PAGE = Pattern.compile(
            "/annuaire/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})");

    /** RFC 9110 media type: token "/" token, then "; name=value" parameters (token or quoted string), each optional. */
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final Pattern MEDIA_TYPE = Pattern.compile(TOKEN + "/" + TOKEN
            + "(\\s*;\\s*(" + TOKEN + "=(" + TOKEN + "|\"([^\"\\\\]|\\\\.)*\"))?)*\\s*");

    private final ObjectMapper objectMapper;
    private final long maxBodyBytes;

    public WebRoutes(ObjectMapper objectMapper,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.objectMapper = objectMapper;
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 10).handler(this::beforeEverything);
        router.route().order(Integer.MIN_VALUE + 11).handler(WebRoutes::cacheControlOfTheWebApp);
        router.route("/api/*").last().handler(ctx -> sendProblem(ctx, ProblemType.NOT_FOUND,
                "Aucune ressource de l'API ne correspond à ce chemin."));
    }

    private void beforeEverything(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (path.startsWith("/api/") && declaredLength(ctx) > maxBodyBytes) {
            sendProblem(ctx, ProblemType.PAYLOAD_TOO_LARGE, tooLarge());
            return;
        }
        if (path.startsWith("/api/") && isJsonBodyTooLarge(ctx)) {
            sendProblem(ctx, ProblemType.PAYLOAD_TOO_LARGE, "Le corps JSON dépasse 1 Mo.");
            return;
        }
        if (path.startsWith("/api/") && refusedMalformedContentType(ctx, path)) {
            return;
        }
        if (path.startsWith(PERSONAL_LINK_PAGE)) {
            // A solicitation's personal link carries its token in the path: its page sends no referrer
            // (set with the web app's other headers, after the deep link is rerouted to index.html).
            ctx.put(PERSONAL_LINK_PAGE, Boolean.TRUE);
        }
        if (isSpaDeepLink(ctx, path) && !PROFILE_PAGE.matcher(path).matches()) {
            ctx.reroute("/");
            return;
        }
        ctx.next();
    }

    /**
     * A Content-Type that is not {@code type/subtype[; name=value]…} ({@code a/b/c},
     * {@code x}, {@code /}, {@code ;}, empty) would make the REST layer fail with a 500:
     * refused here with a 400, in the token endpoint's RFC 6749 format there.
     */
    private boolean refusedMalformedContentType(RoutingContext ctx, String path) {
        String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType == null || isWellFormedMediaType(contentType)) {
            return false;
        }
        String detail = "L'en-tête Content-Type est mal formé (attendu : type/sous-type, par exemple application/json).";
        if (path.equals(OAUTH_TOKEN_PATH)) {
            sendOAuthError(ctx, "invalid_request",
                    "The Content-Type header is malformed; use application/x-www-form-urlencoded.");
        } else {
            sendProblem(ctx, ProblemType.MALFORMED_REQUEST, detail);
        }
        return true;
    }

    static boolean isWellFormedMediaType(String value) {
        if (!MEDIA_TYPE.matcher(value).matches()) {
            return false;
        }
        try {
            MediaType.valueOf(value);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private String tooLarge() {
        return "Le fichier dépasse la taille maximale de " + maxBodyBytes / (1024 * 1024) + " Mo.";
    }

    private static boolean isJsonBodyTooLarge(RoutingContext ctx) {
        String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return contentType != null && contentType.contains("json") && declaredLength(ctx) > MAX_JSON_BODY_BYTES;
    }

    /** The Content-Length, or -1 (none or unreadable: the body handler will count). */
    private static long declaredLength(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * A browser navigation (GET accepting HTML) to a path of the web app, not a
     * file: answered with index.html so the client-side router takes over.
     */
    static boolean isSpaDeepLink(RoutingContext ctx, String path) {
        if (ctx.request().method() != HttpMethod.GET || path.equals("/") || path.equals("/index.html")
                || path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/") || path.equals("/q")) {
            return false;
        }
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        return accept != null && accept.contains("text/html") && !lastSegment.contains(".");
    }

    /** The token endpoint's RFC 6749 error, written below the REST layer. */
    private void sendOAuthError(RoutingContext ctx, String error, String description) {
        send(ctx, 400, MediaType.APPLICATION_JSON, Map.of("Pragma", "no-cache"),
                Map.of("error", error, "error_description", description));
    }

    /** Hashed build outputs (Vite names them after their content): cached for good. */
    static final String IMMUTABLE_ASSET = "public, max-age=31536000, immutable";
    /** index.html, its deep links and unhashed files: revalidated each time, so a deploy is seen at once. */
    static final String REVALIDATE = "no-cache";

    /**
     * Cache-Control of the web app's files, set when the headers go out (over
     * the static handler's default {@code public, immutable, max-age=86400}).
     * API paths keep their own (no-store).
     */
    static void cacheControlOfTheWebApp(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (!path.startsWith("/api/") && !path.equals("/api") && !path.startsWith("/q/")) {
            ctx.addHeadersEndHandler(ignored -> {
                boolean asset = path.startsWith("/assets/") && ctx.response().getStatusCode() == 200;
                ctx.response().headers().set(HttpHeaders.CACHE_CONTROL, asset ? IMMUTABLE_ASSET : REVALIDATE);
                if (ctx.get(PERSONAL_LINK_PAGE) != null) {
                    ctx.response().headers().set("Referrer-Policy", "no-referrer");
                }
            });
        }
        ctx.next();
    }

    private void sendProblem(RoutingContext ctx, ProblemType type, String detail) {
        String correlationId = ProblemResponses.correlationId(ctx.request().getHeader(ProblemResponses.CORRELATION_HEADER));
        send(ctx, type.status(), Problem.MEDIA_TYPE, Map.of(ProblemResponses.CORRELATION_HEADER, correlationId),
                Problem.of(type, detail, ctx.normalizedPath(), correlationId, List.of()));
    }

    /** Ends the exchange with a JSON body; never cached. */
    private void send(RoutingContext ctx, int status, String contentType, Map<String, String> headers, Object body) {
        try {
            String json = objectMapper.writeValueAsString(body);
            ctx.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, contentType)
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            headers.forEach(ctx.response()::putHeader);
            ctx.response().end(json);
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }

}
