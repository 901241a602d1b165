package io.github.motcua.cli.serve;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.motcua.io.json.MotcuaJson;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.jspecify.annotations.Nullable;

/**
 * One request and its response: the query, the body within its limit, and the ways an endpoint
 * answers (a JSON value, bytes, a stream). An endpoint answers exactly once; a problem thrown
 * before it has is answered by the router.
 */
final class Exchange {
    /** The JSON form of every value written, {@code MotcuaJson}'s. */
    static final ObjectWriter JSON = MotcuaJson.mapper().writer();

    private final Request request;
    private final Response response;
    private final Callback callback;
    private @Nullable Fields query;

    Exchange(Request request, Response response, Callback callback) {
        this.request = request;
        this.response = response;
        this.callback = callback;
    }

    Request request() {
        return request;
    }

    String path() {
        return request.getHttpURI().getPath();
    }

    /** The query parameters, read once. */
    Query query() {
        Fields fields = query;
        if (fields == null) {
            fields = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
            query = fields;
        }
        return new Query(fields);
    }

    /** The value of a request header, or null. */
    @Nullable
    String header(HttpHeader header) {
        return request.getHeaders().get(header);
    }

    /** The body's media type without its parameters, lower case, or empty when none is given. */
    String mediaType() {
        String type = header(HttpHeader.CONTENT_TYPE);
        if (type == null) {
            return "";
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The body as a stream, refused past a limit: at once when its declared length is over it, and
     * as soon as it is read past it otherwise.
     */
    InputStream body(long limit) {
        long length = request.getLength();
        if (length > limit) {
            throw Problem.tooLarge(limit);
        }
        return new Limited(Content.Source.asInputStream(request), limit);
    }

    /** The whole body, which must be under the limit. */
    byte[] bodyBytes(long limit) throws IOException {
        try (InputStream in = body(limit)) {
            return in.readAllBytes();
        }
    }

    /** A JSON object of members in the order given: name, value, name, value… */
    static Map<String, Object> object(Object... members) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < members.length; i += 2) {
            object.put((String) members[i], members[i + 1]);
        }
        return object;
    }

    /** Answers with a value's JSON form. */
    void json(int status, Object value) throws IOException {
        bytes(status, "application/json", JSON.writeValueAsBytes(value));
    }

    /** Answers with bytes of a media type. */
    void bytes(int status, String mediaType, byte[] bytes) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, mediaType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    /** Answers with a problem. */
    void problem(Problem problem) throws IOException {
        bytes(problem.status(), "application/problem+json", JSON.writeValueAsBytes(problem.json(path())));
    }

    /** Sets a response header, before the response is committed. */
    void header(String name, String value) {
        response.getHeaders().put(name, value);
    }

    /**
     * Starts a streamed answer: the stream's bytes go out as they are written, and closing it ends
     * the response.
     */
    OutputStream stream(int status, String mediaType) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, mediaType);
        OutputStream out = Content.Sink.asOutputStream(response);
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                out.close();
                callback.succeeded();
            }
        };
    }

    boolean isCommitted() {
        return response.isCommitted();
    }

    /** Ends the exchange after a failure once the response is committed: the client sees a cut response. */
    void abort(Throwable failure) {
        callback.failed(failure);
    }

    /** A stream that refuses to be read past a limit. */
    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
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
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int n = super.read(bytes, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw Problem.tooLarge(limit);
            }
        }
    }
}
