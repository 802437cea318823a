package eu.cbss.impt.hub.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import eu.cbss.impt.hub.testing.SignalJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every journey through the running hub shares ({@link SharedHub}): the API with real tokens,
 * sign-in in a browser context of the test's own (closed after it), small helpers on PrimeFaces
 * pages, axe-core checks (serious and critical violations fail the test after it ran), and the
 * identifiers a journey registers for the privacy dump. A journey uses data of its own (references,
 * names, days), so that it passes alone and beside any other.
 */
@ExtendWith(SharedHub.class)
abstract class Journey {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> axeProblems = new ArrayList<>();

    static Hub hub() {
        return SharedHub.hub();
    }

    // ---- API ------------------------------------------------------------------------------

    static HttpResponse<String> api(String method, String path, String user, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(hub().apiUrl() + path))
                .header("Authorization", "Bearer " + SharedHub.token(user));
        if (body != null) b.header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET as {@code user}, expecting 200: the JSON. */
    static JsonNode get(String path, String user) {
        HttpResponse<String> r = api("GET", path, user, null);
        assertEquals(200, r.statusCode(), path + " as " + user + ": " + r.body());
        return json(r.body());
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /** Files a signal as {@code user} through the API: its id. */
    static String file(String user, SignalJson signal) {
        HttpResponse<String> created = api("POST", "/v1/signals", user, signal.toJson());
        assertEquals(201, created.statusCode(), created.body());
        return json(created.body()).get("id").asText();
    }

    /** The regional coordinator accepts a signal through the API. */
    static void accept(String regional, String signalId) {
        HttpResponse<String> r = api("POST", "/v1/reviews/" + signalId, regional, "{\"decision\": \"ACCEPT\"}");
        assertEquals(200, r.statusCode(), r.body());
    }

    static String referenceOf(String signalId) {
        return get("/v1/signals/" + signalId, "national1").get("reference").asText();
    }

    /** The reference of a signal waiting in a regional coordinator's review queue, by its organisation's own reference. */
    static String queuedReference(String regional, String organisation, String externalRef) {
        for (int page = 0; ; page++) {
            JsonNode queue = get("/v1/reviews?size=200&page=" + page, regional);
            for (JsonNode item : queue.get("items")) {
                if (externalRef.equals(item.path("externalRef").asText()) && organisation.equals(item.path("organisation").asText())) {
                    return item.get("reference").asText();
                }
            }
            if ((page + 1) * 200L >= queue.get("total").asLong()) {
                throw new AssertionError(externalRef + " of " + organisation + " is not in " + regional + "'s review queue");
            }
        }
    }

    /** The signed-in regional coordinator opens the signal from their review queue and decides (0 accept, 1 return). */
    static void decide(Page page, String reference, int decision, String message) {
        openFromQueue(page, reference);
        tick(page, "review:decision:" + decision);
        if (message != null) {
            byId(page, "review:message").fill(message);
        }
        page.click("[id='review:decide']");
        page.waitForSelector("#reviewConfirmation");
    }

    /** The signed-in regional coordinator opens the signal from their review queue: its page with the decision panel. */
    static void openFromQueue(Page page, String reference) {
        page.click("[id='nav-reviews']");
        page.waitForSelector("[id='reviewQueue:reviews']");
        page.locator("[id='reviewQueue:reviews'] a[id$=':open']", new Page.LocatorOptions().setHasText(reference)).click();
        page.waitForSelector("[id='review:decide']");
        assertEquals(reference, text(page, "reference"));
    }

    // ---- browser ----------------------------------------------------------------------------

    /** A browser context of this test's own (closed after it). */
    BrowserContext newContext(Browser.NewContextOptions options) {
        BrowserContext context = SharedHub.browser().newContext(options);
        // generous for a loaded machine: a passing step never waits for it
        context.setDefaultTimeout(60_000);
        contexts.add(context);
        return context;
    }

    /** {@code user} signed in with Keycloak in a context of their own: their home page. */
    Page signIn(String user) {
        return signIn(newContext(new Browser.NewContextOptions()), user);
    }

    static Page signIn(BrowserContext context, String user) {
        Page page = context.newPage();
        page.navigate(hub().baseUrl() + "/");
        page.waitForURL(url -> url.startsWith(hub().keycloakUrl()));
        page.fill("#username", user);
        page.fill("#password", DemoData.PASSWORD);
        page.click("#kc-login");
        page.waitForURL(url -> url.startsWith(hub().baseUrl()));
        page.waitForSelector("#userName");
        return page;
    }

    static Locator byId(Page page, String id) {
        return page.locator("[id='" + id + "']");
    }

    static void choose(Page page, String selectId, String value) {
        byId(page, selectId + "_input").selectOption(value, new Locator.SelectOptionOptions().setForce(true));
    }

    static void tick(Page page, String inputId) {
        page.locator("label[for='" + inputId + "']").click();
    }

    /**
     * Clicks an ajax button of a form and waits for the answer to that very request and for PrimeFaces
     * to have updated the page (requests queued before it, such as a date picker's, answer first).
     */
    static void clickAjax(Page page, String buttonId) {
        String source = buttonId.replace(":", "%3A");
        page.waitForResponse(r -> r.request().method().equals("POST") && String.valueOf(r.request().postData()).contains(source),
                () -> page.click("[id='" + buttonId + "']"));
        page.waitForFunction("() => !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty()");
    }

    static String text(Page page, String id) {
        return byId(page, id).textContent().strip();
    }

    /** Runs axe-core on the page as it is now; serious and critical violations fail this test when it ends. */
    void audit(Page page, String name) {
        Axe.audit(page, name, hub().baseUrl(), axeProblems);
    }

    static void screenshot(Page page, String name) {
        String dir = System.getProperty("e2e.screenshots");
        if (dir != null && !dir.isBlank()) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(dir, name + ".png")).setFullPage(true));
        }
    }

    @AfterEach
    void closeContextsAndReportAxe() {
        for (BrowserContext context : contexts) {
            context.close();
        }
        contexts.clear();
        assertTrue(axeProblems.isEmpty(), axeProblems.size() + " serious or critical WCAG 2.1 AA violation(s) found by axe-core:\n"
                + String.join("\n", axeProblems));
    }

    // ---- privacy ----------------------------------------------------------------------------

    /** Identifiers or narratives this journey sends that no table and no log may hold (checked after the class). */
    void forbid(String... texts) {
        SharedHub.forbid(getClass().getSimpleName(), List.of(texts));
    }

    /** Texts this journey stored that the database must hold, so that the dump is seen to read the data. */
    void expectStored(String... texts) {
        SharedHub.expectStored(getClass().getSimpleName(), List.of(texts));
    }
}
