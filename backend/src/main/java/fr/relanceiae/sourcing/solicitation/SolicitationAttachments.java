package fr.relanceiae.sourcing.solicitation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.jboss.resteasy.reactive.RestResponse;

import fr.relanceiae.sourcing.request.SourcingAttachment;

/** A request's file sent as a download, never shown inline (its type was checked from its content on upload). */
final class SolicitationAttachments {

    private SolicitationAttachments() {
    }

    static RestResponse<byte[]> download(SourcingAttachment attachment) {
        String ascii = attachment.fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(attachment.fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return RestResponse.ResponseBuilder.ok(attachment.content, attachment.contentType)
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
