package fr.relanceiae.shared.web;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configured public URL of the app ({@code relance.public-url}): where links
 * and {@code Location} headers point, never the request's {@code Host} header
 * (which any client can set).
 */
@ApplicationScoped
public class PublicUrl {

    private final String base;

    public PublicUrl(@ConfigProperty(name = "relance.public-url") String url) {
        this.base = url.replaceAll("/+$", "");
    }

    /** The absolute URI of a path of the app ({@code /api/v1/structures/…}). */
    public URI of(String path) {
        return URI.create(base + (path.startsWith("/") ? path : "/" + path));
    }

    /** True when people reach the app over https, so cookies must be {@code Secure}. */
    public boolean isHttps() {
        return base.regionMatches(true, 0, "https://", 0, "https://".length());
    }
}
