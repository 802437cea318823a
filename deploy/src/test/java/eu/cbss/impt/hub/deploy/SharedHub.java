package eu.cbss.impt.hub.deploy;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import eu.cbss.impt.hub.realm.Tokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One hub for every journey class of the JVM, as {@code ./hub start} runs it (embedded PostgreSQL,
 * Keycloak with the demo realm, Payara Micro with both WARs, demo data), on ports 8480/5633/8580/9580.
 * The first class to need it starts it; it is kept in the root {@link ExtensionContext.Store} as a
 * {@link ExtensionContext.Store.CloseableResource}, which JUnit closes after the last class, with the
 * browsers. Journey classes may run one after another or at once ({@code junit.jupiter.execution.parallel}):
 * Playwright's objects are not thread-safe, so each thread has its own Playwright and Chromium
 * ({@link #browser()}), and each test its own browser contexts ({@link Journey}).
 *
 * <p>After each journey class, {@link PrivacyDump} reads every table and every log for the identifiers
 * that journey registered ({@link #forbid}), and before the restart for every journey's; one found
 * fails that class, so the build.
 * {@link #restart()} stops and starts the hub on its data, for the one journey that checks a second
 * start ({@code @Isolated}, so that no other journey runs meanwhile).
 */
public final class SharedHub implements BeforeAllCallback, AfterAllCallback {

    private static final Object KEY = SharedHub.class;

    private static volatile Hub hub;
    private static volatile HubSettings settings;
    private static final Map<String, Tokens.Token> TOKENS = new ConcurrentHashMap<>();
    private static final ThreadLocal<Browser> BROWSER = new ThreadLocal<>();
    private static final List<AutoCloseable> BROWSERS = new CopyOnWriteArrayList<>();
    private static final PrivacyDump.Registry REGISTRY = new PrivacyDump.Registry();

    @Override
    public void beforeAll(ExtensionContext context) {
        boolean together = context.getConfigurationParameter("junit.jupiter.execution.parallel.enabled", Boolean::parseBoolean)
                .orElse(false);
        Running running = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KEY, k -> Running.start(together), Running.class);
        running.throwIfFailed();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (hub != null) {
            PrivacyDump.check(hub, REGISTRY, context.getRequiredTestClass().getSimpleName());
        }
    }

    /** The running hub (another object after {@link #restart()}). */
    static Hub hub() {
        Hub h = hub;
        if (h == null) {
            throw new IllegalStateException("the shared hub is not started: extend Journey");
        }
        return h;
    }

    /** An access token of a demo user, kept until it nearly expires. */
    static String token(String user) {
        return TOKENS.compute(user, (u, t) -> t == null || t.expiresWithin(Duration.ofSeconds(20))
                ? new Tokens(hub().keycloakUrl()).password(u, DemoData.PASSWORD) : t).accessToken();
    }

    /** This thread's Chromium (Debian's, headless), launched on first use and closed with the hub. */
    static Browser browser() {
        Browser b = BROWSER.get();
        if (b == null) {
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            b = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(System.getProperty("chromium.path", "/usr/bin/chromium")))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            BROWSERS.add(b);
            BROWSERS.add(playwright);
            BROWSER.set(b);
        }
        return b;
    }

    /** Identifiers (or narratives) that no table and no log may ever hold: checked after each journey class. */
    static void forbid(String journey, List<String> texts) {
        REGISTRY.forbid(journey, texts);
    }

    /** Texts the database must hold (a reference, an external reference): proof that the dump sees the data. */
    static void expectStored(String journey, List<String> texts) {
        REGISTRY.expectStored(journey, texts);
    }

    /**
     * Checks the dump (Payara's log is replaced at each start), stops the hub and starts it again on the
     * same data and ports. Only for an {@code @Isolated} journey: the others must not be running.
     */
    static synchronized void restart() throws Exception {
        PrivacyDump.check(hub(), REGISTRY, "before the restart");
        Hub old = hub;
        hub = null;
        old.close();
        TOKENS.clear();
        hub = new Hub(settings).start();
    }

    /** The hub and the browsers, closed by JUnit after the last test class of the run. */
    private static final class Running implements ExtensionContext.Store.CloseableResource {

        private final RuntimeException failure;

        private Running(RuntimeException failure) {
            this.failure = failure;
        }

        /** @param together whether journeys run at once (then the first pages are compiled before they start) */
        static Running start(boolean together) {
            try {
                Path target = Path.of(System.getProperty("project.build.directory", "target")).toAbsolutePath();
                Path varDir = target.resolve("e2e-var");
                deleteRecursively(varDir);
                settings = HubSettings.defaults()
                        .withVarDir(varDir)
                        .withDistDir(target.resolve("dist"))
                        .withPorts(8480, 5633, 8580, 9580);
                hub = new Hub(settings).start();
                if (together) {
                    warmUp();
                }
                return new Running(null);
            } catch (Exception e) {
                // kept, so that each later class fails at once instead of starting the hub again
                return new Running(e instanceof RuntimeException r ? r : new IllegalStateException(e));
            }
        }

        /**
         * One sign-in and the home page before any journey, so that journeys starting together do not
         * all wait on the first compilation of the login and home pages.
         */
        private static void warmUp() {
            try (BrowserContext context = browser().newContext()) {
                context.setDefaultTimeout(120_000);
                Journey.signIn(context, "worker1");
            }
        }

        void throwIfFailed() {
            if (failure != null) {
                throw new IllegalStateException("the shared hub did not start: " + failure.getMessage(), failure);
            }
        }

        @Override
        public void close() {
            List<AutoCloseable> browsers = new ArrayList<>(BROWSERS);
            for (AutoCloseable b : browsers) { // each Browser before its Playwright
                try {
                    b.close();
                } catch (Exception e) {
                    System.err.println("closing a browser: " + e);
                }
            }
            Hub h = hub;
            if (h != null) {
                h.close();
            }
        }

        private static void deleteRecursively(Path dir) throws Exception {
            if (!Files.exists(dir)) return;
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }
}
