package eu.cbss.impt.hub.web.api;

import eu.cbss.impt.hub.web.settings.HubWebSettings;

import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.identitystore.openid.AccessToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The UI's only way to data: calls hub-api as the signed-in user, with the user's access token as
 * {@code Authorization: Bearer}. Answers are JSON (or, for downloads, bytes); errors become
 * {@link ApiProblem}. Bodies are never logged: a signal's request and an uploaded file carry identifiers.
 */
@RequestScoped
public class HubApi {

    private static final Logger LOG = Logger.getLogger(HubApi.class.getName());
    private static final String ACCEPT = MediaType.APPLICATION_JSON + ", application/problem+json";

    @Inject
    ApiConnection connection;

    @Inject
    HubWebSettings settings;

    @Inject
    OpenIdContext openIdContext;

    /** {@code GET {api}{path}?query}; null or blank query values are left out. */
    public JsonObject get(String path, Map<String, String> query) {
        WebTarget withQuery = target(path);
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            if (parameter.getValue() != null && !parameter.getValue().isBlank()) {
                withQuery = withQuery.queryParam(parameter.getKey(), parameter.getValue());
            }
        }
        WebTarget target = withQuery;
        return read(send(() -> request(target).get()));
    }

    public JsonObject get(String path) {
        return get(path, Map.of());
    }

    /** {@code GET {api}{path}} of a JSON array (a list without paging); its objects, in order. */
    public List<JsonObject> getList(String path) {
        WebTarget target = target(path);
        JsonStructure body = parse(text(send(() -> request(target).get())));
        if (body == null || body.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        return body.asJsonArray().stream()
                .filter(value -> value.getValueType() == JsonValue.ValueType.OBJECT)
                .map(JsonValue::asJsonObject)
                .toList();
    }

    /** {@code GET {api}{path}} of a file (a CSV or NDJSON download): its media type and bytes. */
    public Download download(String path, String accept) {
        WebTarget target = target(path);
        try (Response response = send(() -> request(target, accept + ", application/problem+json").get())) {
            byte[] bytes = response.hasEntity() ? response.readEntity(byte[].class) : new byte[0];
            MediaType type = response.getMediaType();
            return new Download(type == null ? accept : type.toString(), bytes);
        }
    }

    /** A downloaded file. */
    public record Download(String mediaType, byte[] bytes) {
    }

    /** {@code POST {api}{path}} with a JSON body; answers the body of a 200 or 201. */
    public Answer post(String path, JsonObject body) {
        WebTarget target = target(path);
        Response response = send(() -> request(target).post(Entity.entity(body.toString(), MediaType.APPLICATION_JSON_TYPE)));
        return new Answer(response.getStatus(), read(response));
    }

    /**
     * {@code POST {api}{path}} with a file's bytes as they are, of {@code contentType} (an upload);
     * answers the JSON body of the 2xx. The stream is read once and not closed here.
     */
    public Answer postFile(String path, InputStream file, String contentType) {
        WebTarget target = target(path);
        Response response = send(() -> request(target).post(Entity.entity(file, contentType)));
        return new Answer(response.getStatus(), read(response));
    }

    /** {@code PUT {api}{path}} with a JSON body; answers the body of the 200. */
    public Answer put(String path, JsonObject body) {
        WebTarget target = target(path);
        Response response = send(() -> request(target).put(Entity.entity(body.toString(), MediaType.APPLICATION_JSON_TYPE)));
        return new Answer(response.getStatus(), read(response));
    }

    /** A successful answer: its status (201 created, 200 already there) and body. */
    public record Answer(int status, JsonObject body) {
    }

    private WebTarget target(String path) {
        return connection.client().target(settings.getApiUrl()).path(path);
    }

    private Invocation.Builder request(WebTarget target) {
        return request(target, ACCEPT);
    }

    private Invocation.Builder request(WebTarget target, String accept) {
        return target.request()
                .header(HttpHeaders.ACCEPT, accept)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken());
    }

    private String accessToken() {
        AccessToken token = openIdContext.getAccessToken();
        if (token == null || token.getToken() == null) {
            throw new ApiProblem(401, "Not signed in", "There is no access token in this session.", List.of());
        }
        return token.getToken();
    }

    private Response send(Supplier<Response> call) {
        Response response;
        try {
            response = call.get();
        } catch (ProcessingException e) {
            LOG.log(Level.WARNING, "hub-api could not be reached: {0}", e.getMessage());
            throw ApiProblem.unreachable(e);
        }
        if (response.getStatus() >= 400) {
            String body = response.hasEntity() ? response.readEntity(String.class) : null;
            response.close();
            ApiProblem problem = Problems.parse(response.getStatus(), body);
            LOG.log(Level.FINE, "hub-api answered {0}", problem.getMessage());
            throw problem;
        }
        return response;
    }

    private static JsonObject read(Response response) {
        JsonStructure body = parse(text(response));
        return body instanceof JsonObject object ? object : JsonObject.EMPTY_JSON_OBJECT;
    }

    private static String text(Response response) {
        try (response) {
            return response.hasEntity() ? response.readEntity(String.class) : "";
        }
    }

    private static JsonStructure parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }
}
