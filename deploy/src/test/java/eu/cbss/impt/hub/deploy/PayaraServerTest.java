package eu.cbss.impt.hub.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PayaraServerTest {

    /** Answers /openapi as Payara Micro did while a hub started: an empty document (404), 500, then the description. */
    private static HttpServer startingPayara(AtomicInteger requests) throws Exception {
        List<Integer> statuses = List.of(404, 404, 500, 500, 200);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/openapi", exchange -> {
            int n = Math.min(requests.getAndIncrement(), statuses.size() - 1);
            int status = statuses.get(n);
            String body = switch (status) {
                case 404 -> "{\"openapi\":\"3.0.0\",\"paths\":{}}";
                case 500 -> "";
                default -> "{\"openapi\":\"3.0.0\",\"paths\":{\"/v1/signals\":{}}}";
            };
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server;
    }

    @Test
    void theStartWaitsUntilOpenApiDescribesTheApi() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer payara = startingPayara(requests);
        try {
            URI openApi = URI.create("http://127.0.0.1:" + payara.getAddress().getPort() + "/openapi?format=json");
            assertNull(PayaraServer.awaitOpenApi(openApi, Duration.ofSeconds(20)));
            assertEquals(5, requests.get(), "waited through the empty document and the 500s, up to the description");
        } finally {
            payara.stop(0);
        }
    }

    @Test
    void anIncompleteDescriptionIsReportedAfterTheTimeout() throws Exception {
        HttpServer payara = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        payara.createContext("/openapi", exchange -> {
            byte[] empty = "{\"paths\":{}}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(404, empty.length);
            exchange.getResponseBody().write(empty);
            exchange.close();
        });
        payara.start();
        try {
            String last = PayaraServer.awaitOpenApi(
                    URI.create("http://127.0.0.1:" + payara.getAddress().getPort() + "/openapi"), Duration.ofSeconds(1));
            assertTrue(last.startsWith("HTTP 404"), last);
        } finally {
            payara.stop(0);
        }
    }
}
