package fr.relanceiae.shared.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;


/**
 * Enforces the 1 MB limit on JSON bodies sent without a Content-Length
 * (chunked); {@link WebRoutes} refuses the declared ones before they are read.
 */
@Provider
public class JsonBodyLimit implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && type.getSubtype().endsWith("json")) {
            context.setInputStream(new LimitedInputStream(context.getInputStream(), WebRoutes.MAX_JSON_BODY_BYTES));
        }
        return context.proceed();
    }

    /** An IOException, so that the JSON parser lets it through unwrapped. */
    public static final class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super("JSON body over " + WebRoutes.MAX_JSON_BODY_BYTES + " bytes");
        }
    }

    private static final class LimitedInputStream extends FilterInputStream {
        private final long limit;
        private long read;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException();
            }
        }
    }
}
