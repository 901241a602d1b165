package io.github.motcua.cli.serve;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the service cannot answer as asked, answered as {@code application/problem+json} (RFC
 * 9457): its status, a type that names the kind of problem in docs/serve.md, a title and the
 * detail in the plain words of the command line's messages.
 */
final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Where the kinds of problems are described. */
    static final String TYPES = "https://github.com/motcua/motcua/blob/main/docs/serve.md#problem-";

    private final int status;
    private final String kind;
    private final String title;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    Problem(int status, String kind, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.kind = kind;
        this.title = title;
    }

    /** A query parameter or a body the rules refuse, or that cannot be read. */
    static Problem badRequest(String detail) {
        return new Problem(400, "bad-request", "Bad request", detail);
    }

    /** A record of the body that was rejected, with its number, line, field and rule. */
    static Problem rejected(String detail) {
        return new Problem(422, "rejected-record", "Record rejected", detail);
    }

    /** A body over the limit. */
    static Problem tooLarge(long limit) {
        return new Problem(
                413,
                "body-too-large",
                "Request body too large",
                "the request body is larger than the limit of " + limit + " bytes (motcua serve --max-body or"
                        + " --max-stream)");
    }

    /** A missing or wrong bearer token. */
    static Problem unauthorized() {
        return new Problem(
                401,
                "unauthorized",
                "Unauthorized",
                "this service needs the header 'Authorization: Bearer TOKEN' with the token of its --token-file");
    }

    /** A path the service does not serve. */
    static Problem notFound(String path) {
        return new Problem(404, "not-found", "Not found", "no endpoint at " + path + "; GET /openapi.json lists them");
    }

    /** A method the path does not take. */
    static Problem methodNotAllowed(String method, String path, String allowed) {
        return new Problem(
                405, "method-not-allowed", "Method not allowed", path + " takes " + allowed + ", not " + method);
    }

    /** A body of a media type the endpoint does not read. */
    static Problem unsupportedMediaType(String detail) {
        return new Problem(415, "unsupported-media-type", "Unsupported media type", detail);
    }

    /** A reload of the master data that failed, leaving the data before it in use. */
    static Problem reloadFailed(String detail) {
        return new Problem(
                500,
                "reload-failed",
                "Master data not reloaded",
                detail + "; the master data loaded before stay in use");
    }

    /** An error of the service itself. */
    static Problem internal(String detail) {
        return new Problem(500, "internal", "Internal server error", detail);
    }

    /** Adds a member to the problem's JSON beside the standard ones. */
    Problem with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    int status() {
        return status;
    }

    /** The problem's JSON members, for the request at a path. */
    Map<String, Object> json(String instance) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", TYPES + kind);
        json.put("title", title);
        json.put("status", status);
        json.put("detail", String.valueOf(getMessage()));
        json.put("instance", instance);
        json.putAll(extensions);
        return json;
    }
}
