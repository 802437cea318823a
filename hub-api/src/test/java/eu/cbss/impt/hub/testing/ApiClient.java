package eu.cbss.impt.hub.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cbss.impt.hub.realm.Tokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A small HTTP client for the API: real tokens from Keycloak's password grant (demo realm), JSON with Jackson. */
public final class ApiClient {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final String base;

    public ApiClient(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public record Reply(int status, String contentType, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }
    }

    public static String token(String user) {
        return TOKENS.computeIfAbsent(user, u -> new Tokens(ApiServices.KEYCLOAK_URL).password(u, "demo").accessToken());
    }

    public Reply get(String path, String user) {
        return send(request(path, user).GET());
    }

    public Reply post(String path, String user, String body) {
        return post(path, user, "application/json", body);
    }

    public Reply post(String path, String user, String contentType, String body) {
        return send(request(path, user).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply post(String path, String user, String contentType, byte[] body) {
        return send(request(path, user).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply put(String path, String user, String body) {
        return send(request(path, user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply getWithAuthorization(String path, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + (path.startsWith("/") ? path.substring(1) : path))).timeout(Duration.ofSeconds(60));
        if (authorization != null) b.header("Authorization", authorization);
        return send(b.GET());
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + (path.startsWith("/") ? path.substring(1) : path))).timeout(Duration.ofSeconds(60));
        return user == null ? b : b.header("Authorization", "Bearer " + token(user));
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
