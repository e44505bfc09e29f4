package fr.relanceiae.reference;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * Writes a {@link SerializedList} as the bytes it already holds (more specific than Jackson's writer),
 * with {@code Content-Encoding: gzip} when they are gzipped. The REST layer's own path ends the response
 * with the bytes at once (one write, with its Content-Length); the standard one is for any other caller.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class SerializedListWriter implements ServerMessageBodyWriter<SerializedList<?>> {

    private static final String GZIP = "gzip";

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo target,
            MediaType mediaType) {
        return SerializedList.class.isAssignableFrom(type);
    }

    @Override
    public void writeResponse(SerializedList<?> list, Type genericType, ServerRequestContext context) {
        if (list.isGzipped()) {
            context.serverResponse().setResponseHeader(HttpHeaders.CONTENT_ENCODING, GZIP);
        }
        context.serverResponse().end(list.json());
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return SerializedList.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(SerializedList<?> list, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        if (list.isGzipped()) {
            headers.putSingle(HttpHeaders.CONTENT_ENCODING, GZIP);
        }
        out.write(list.json());
    }
}
