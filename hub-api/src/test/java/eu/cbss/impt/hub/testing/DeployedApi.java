package eu.cbss.impt.hub.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.util.HashSet;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every API test class shares: the built WAR on Payara Micro (Arquillian starts one per test
 * class, against the one PostgreSQL and Keycloak of {@link ApiServices}), a client, the demo
 * organisations registered before any demo user acts, and small helpers on problems and the database.
 */
@ExtendWith(ApiServices.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class DeployedApi {

    @Deployment(testable = false)
    public static WebArchive hubApi() {
        return ShrinkWrap.create(ZipImporter.class, "hub-api.war")
                .importFrom(new File(System.getProperty("hub.war"))).as(WebArchive.class);
    }

    @ArquillianResource
    protected URL base;

    protected ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(base.toString());
        DemoOrganisations.ensure(api);
    }

    /** The single number a query such as {@code select count(*) ...} answers. */
    protected static long count(String sql) throws Exception {
        return Database.count(sql);
    }

    /** The fields named by a problem+json answer's errors. */
    protected static Set<String> fields(ApiClient.Reply problem) {
        assertTrue(problem.contentType().startsWith("application/problem+json"), problem.contentType());
        Set<String> fields = new HashSet<>();
        problem.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
