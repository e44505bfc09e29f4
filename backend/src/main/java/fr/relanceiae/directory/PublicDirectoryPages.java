package fr.relanceiae.directory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import fr.relanceiae.reference.ReferenceCatalog;
import fr.relanceiae.reference.StructureKind;
import fr.relanceiae.reference.StructureKindView;
import fr.relanceiae.shared.web.PublicUrl;
import fr.relanceiae.shared.web.WebRoutes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The public directory for search engines and link previews: {@code /robots.txt} (the directory
 * and nothing else), {@code /sitemap.xml} (the active structures' profiles, with
 * {@code relance.public-url}) and, for a browser or a crawler opening {@code /annuaire/<id>}, the web
 * app's index.html with the structure's title, description and Open Graph tags (escaped) written
 * into its head. A profile that is not public (unknown, deactivated) gets the page unchanged: the
 * web app says what it can.
 */
@ApplicationScoped
public class PublicDirectoryPages {

    static final String DIRECTORY_PAGE = "/annuaire";
    static final int MAX_DESCRIPTION = 160;
    private static final String INDEX_HTML = "META-INF/resources/index.html";
    private static final Pattern TITLE = Pattern.compile("<title>.*?</title>", Pattern.DOTALL);
    private static final Pattern DESCRIPTION = Pattern.compile("<meta\\s+name=\"description\"[^>]*>", Pattern.DOTALL);

    private final EntityManager entityManager;
    private final PublicUrl publicUrl;
    private final ReferenceCatalog references;

    public PublicDirectoryPages(EntityManager entityManager, PublicUrl publicUrl, ReferenceCatalog references) {
        this.entityManager = entityManager;
        this.publicUrl = publicUrl;
        this.references = references;
    }

    /** What a profile page says of its structure in its head. */
    record PageHead(String title, String description, String url) {
    }

    void register(@Observes Router router) {
        router.get("/robots.txt").order(Integer.MIN_VALUE + 20).handler(ctx -> text(ctx, "text/plain", robots()));
        router.get("/sitemap.xml").order(Integer.MIN_VALUE + 20).blockingHandler(ctx -> text(ctx, "application/xml",
                sitemap()), false);
        router.getWithRegex(WebRoutes.PROFILE_PAGE.pattern()).order(Integer.MIN_VALUE + 20)
                .blockingHandler(this::profilePage, false);
    }

    String robots() {
        return "User-agent: *\n"
                + "Allow: " + DIRECTORY_PAGE + "\n"
                // the web app's scripts and styles, without which a crawler that renders pages sees nothing
                + "Allow: /assets/\n"
                + "Disallow: /\n"
                + "Sitemap: " + publicUrl.of("/sitemap.xml") + "\n";
    }

    public String sitemap() {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "select s.id, s.updatedAt from Structure s where s.active = true order by s.name, s.id", Object[].class)
                .getResultList());
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        xml.append("  <url><loc>").append(publicUrl.of(DIRECTORY_PAGE)).append("</loc></url>\n");
        for (Object[] row : rows) {
            xml.append("  <url><loc>").append(publicUrl.of(DIRECTORY_PAGE + "/" + row[0])).append("</loc><lastmod>")
                    .append(((Instant) row[1]).atOffset(ZoneOffset.UTC).toLocalDate()).append("</lastmod></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    /** The head of an active structure's profile page; empty for any other id. */
    public Optional<PageHead> head(UUID id) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "select s.name, s.kind, s.city, s.department, s.description "
                        + "from Structure s where s.id = :id and s.active = true", Object[].class)
                .setParameter("id", id).getResultList());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        String name = (String) row[0];
        String kind = kindLabel((StructureKind) row[1]);
        String place = row[2] == null ? "" : " à " + row[2] + (row[3] == null ? "" : " (" + row[3] + ")");
        String summary = kind + place + ".";
        String description = row[4] == null || ((String) row[4]).isBlank() ? summary
                : summary + " " + ((String) row[4]).strip().replaceAll("\\s+", " ");
        return Optional.of(new PageHead(name + " – Annuaire de l'inclusion – Relance IAE", shorten(description),
                publicUrl.of(DIRECTORY_PAGE + "/" + id).toString()));
    }

    private String kindLabel(StructureKind kind) {
        return references.structureKinds().items().stream().filter(view -> view.code() == kind)
                .map(StructureKindView::label).findFirst().orElse("Structure d'insertion");
    }

    private void profilePage(RoutingContext ctx) {
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        if (accept == null || !accept.contains("text/html")) {
            ctx.next(); // not a page visit: no such file
            return;
        }
        Optional<String> index = indexHtml();
        Matcher matcher = WebRoutes.PROFILE_PAGE.matcher(ctx.normalizedPath());
        if (index.isEmpty() || !matcher.matches()) {
            ctx.reroute("/");
            return;
        }
        Optional<PageHead> head = head(UUID.fromString(matcher.group(1)));
        text(ctx, "text/html;charset=UTF-8", head.map(found -> withHead(index.get(), found)).orElse(index.get()));
    }

    /** index.html with the page's title, description and Open Graph tags, every value escaped. */
    static String withHead(String html, PageHead head) {
        String title = escape(head.title());
        String description = escape(head.description());
        String tags = "<meta name=\"description\" content=\"" + description + "\" />\n"
                + "    <meta property=\"og:type\" content=\"website\" />\n"
                + "    <meta property=\"og:site_name\" content=\"Relance IAE\" />\n"
                + "    <meta property=\"og:title\" content=\"" + title + "\" />\n"
                + "    <meta property=\"og:description\" content=\"" + description + "\" />\n"
                + "    <meta property=\"og:url\" content=\"" + escape(head.url()) + "\" />\n"
                + "    <link rel=\"canonical\" href=\"" + escape(head.url()) + "\" />";
        String page = DESCRIPTION.matcher(html).replaceFirst("");
        page = TITLE.matcher(page).replaceFirst(Matcher.quoteReplacement("<title>" + title + "</title>"));
        return page.replaceFirst("</head>", Matcher.quoteReplacement("  " + tags + "\n  </head>"));
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String shorten(String text) {
        if (text.length() <= MAX_DESCRIPTION) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_DESCRIPTION - 1);
        return text.substring(0, cut > MAX_DESCRIPTION / 2 ? cut : MAX_DESCRIPTION - 1) + "…";
    }

    /** The built web app's index.html (absent when the backend is built without it). */
    private static Optional<String> indexHtml() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(INDEX_HTML)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void text(RoutingContext ctx, String contentType, String body) {
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, contentType.contains("charset") ? contentType
                : contentType + ";charset=UTF-8").end(body);
    }
}
