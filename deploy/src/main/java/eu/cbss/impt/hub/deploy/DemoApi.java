package eu.cbss.impt.hub.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cbss.impt.hub.realm.Tokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hub's API as the demo users call it while the demo data loads: password-grant tokens (one per
 * user, kept), JSON and NDJSON posts, and waiting for an import to end. Every failure is a
 * {@link HubStartException} that says what was refused.
 */
final class DemoApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(2);

    private final String apiBaseUrl;
    private final Tokens tokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokenByUser = new ConcurrentHashMap<>();

    DemoApi(String keycloakUrl, String apiBaseUrl) {
        this.apiBaseUrl = apiBaseUrl;
        this.tokens = new Tokens(keycloakUrl);
    }

    /** POST a JSON body as {@code user}; the answer whatever its status. */
    HttpResponse<String> postJson(String user, String path, String body) {
        return send(user, request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** GET as {@code user}, expecting 200 and JSON. */
    JsonNode get(String user, String path) {
        HttpResponse<String> r = send(user, request(path).GET());
        if (r.statusCode() != 200) {
            throw new HubStartException("demo data: GET " + path + " as " + user + " answered HTTP " + r.statusCode() + " " + brief(r));
        }
        return json(r);
    }

    /**
     * Uploads an NDJSON file as {@code user} ({@code POST /v1/signals/imports}); the hub reads it in the
     * background.
     *
     * @return the import's id
     * @throws HubStartException if the file is refused
     */
    String upload(String user, String name, String ndjson) {
        HttpResponse<String> r = send(user, request("/v1/signals/imports").header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(ndjson)));
        if (r.statusCode() != 202) {
            throw new HubStartException("demo data: the API refused " + name + " (as " + user + "): HTTP " + r.statusCode()
                    + " " + brief(r));
        }
        return json(r).path("id").asText();
    }

    /**
     * Waits until the hub has read an upload.
     *
     * @return the import as the API shows it at its end ({@code accepted}, {@code errors}...)
     * @throws HubStartException if the import fails or takes too long
     */
    JsonNode awaitImport(String user, String name, String id) {
        long deadline = System.nanoTime() + IMPORT_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode view = get(user, "/v1/signals/imports/" + id);
            switch (view.path("status").asText()) {
                case "DONE" -> {
                    return view;
                }
                case "FAILED" -> throw new HubStartException("demo data: the import of " + name + " failed: "
                        + view.path("failure").asText());
                default -> pause(Duration.ofMillis(100));
            }
        }
        throw new HubStartException("demo data: the import of " + name + " did not end within " + IMPORT_TIMEOUT.toSeconds() + " s");
    }

    /** Every item of a paged list ({@code items}, {@code total}), 200 to a page. */
    List<JsonNode> all(String user, String path) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode p = get(user, path + (path.contains("?") ? "&" : "?") + "size=200&page=" + page);
            p.path("items").forEach(items::add);
            if ((long) (page + 1) * 200 >= p.path("total").asLong()) {
                return items;
            }
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(apiBaseUrl + path)).timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
    }

    private HttpResponse<String> send(String user, HttpRequest.Builder request) {
        String token = tokenByUser.computeIfAbsent(user, u -> tokens.password(u, DemoData.PASSWORD).accessToken());
        HttpRequest req = request.header("Authorization", "Bearer " + token).build();
        try {
            return http.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new HubStartException("demo data: " + req.method() + " " + req.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubStartException("demo data: interrupted");
        }
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new HubStartException("demo data: the API's answer is not JSON: " + brief(r), e);
        }
    }

    static String brief(HttpResponse<String> r) {
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (type.contains("html")) {
            return "(an HTML error page)";
        }
        String b = r.body().replaceAll("\\s+", " ");
        return b.length() > 1500 ? b.substring(0, 1500) + "…" : b;
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubStartException("demo data: interrupted");
        }
    }
}
