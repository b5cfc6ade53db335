package nl.vraagwijzer.shared.http;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import nl.vraagwijzer.shared.problem.ApiProblem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts the bytes of every request body as it is read and stops at
 * {@code quarkus.http.limits.max-body-size} with a 413 problem: for a chunked body, whose size
 * nobody knows beforehand (a body with a {@code Content-Length} over the limit never gets here).
 */
@Provider
public class BodyLimit implements ReaderInterceptor {

    private final long max;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize max) {
        this.max = max.asLongValue();
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Begrensd(context.getInputStream(), max));
        return context.proceed();
    }

    private static final class Begrensd extends FilterInputStream {

        private final long max;
        private long gelezen;

        Begrensd(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            tel(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            tel(Math.max(n, 0));
            return n;
        }

        private void tel(int n) {
            gelezen += n;
            if (gelezen > max) {
                throw new ApiProblem(413, "De request body is groter dan " + max + " bytes.");
            }
        }
    }
}
