package fr.relanceiae.reference;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

/** Writes a {@link SerializedList} as the JSON it already holds (more specific than Jackson's writer). */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class SerializedListWriter implements MessageBodyWriter<SerializedList<?>> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return SerializedList.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(SerializedList<?> list, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(list.json());
    }
}
