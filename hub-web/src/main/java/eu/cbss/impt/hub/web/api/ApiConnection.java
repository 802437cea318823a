package eu.cbss.impt.hub.web.api;

import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;

/** One JAX-RS client for the whole application (clients are thread-safe and costly to build). */
@ApplicationScoped
public class ApiConnection {

    private volatile Client client;

    Client client() {
        Client current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = ClientBuilder.newBuilder()
                            .connectTimeout(5, TimeUnit.SECONDS)
                            .readTimeout(30, TimeUnit.SECONDS)
                            .build();
                }
                current = client;
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }
}
