package eu.cbss.impt.hub.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cbss.impt.hub.deploy.command.HubCommand;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path tmp;

    @Test
    void createsRoleAndDatabaseAndKeepsDataAcrossRestarts() throws Exception {
        int port = freePort();
        Path data = tmp.resolve("postgres");
        Path log = tmp.resolve("logs/postgres.log");
        long pid;
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, port, log, Duration.ofSeconds(60))) {
            pid = db.postmasterPid();
            assertTrue(pid > 0);
            db.ensureDatabase("hub", "hub", "hub");
            db.ensureDatabase("hub", "hub", "hub"); // idempotent
            try (Connection c = DriverManager.getConnection(db.jdbcUrl("hub"), "hub", "hub");
                 Statement st = c.createStatement()) {
                st.execute("CREATE TABLE kept (v text)");
                st.execute("INSERT INTO kept VALUES ('still here')");
                try (ResultSet rs = st.executeQuery("SELECT current_user, pg_catalog.pg_get_userbyid(datdba) "
                        + "FROM pg_database WHERE datname = 'hub'")) {
                    assertTrue(rs.next());
                    assertEquals("hub", rs.getString(1));
                    assertEquals("hub", rs.getString(2));
                }
                try (ResultSet rs = st.executeQuery("SELECT current_setting('listen_addresses'), "
                        + "current_setting('fsync'), current_setting('synchronous_commit')")) {
                    assertTrue(rs.next());
                    assertEquals("127.0.0.1", rs.getString(1));
                    assertEquals("on", rs.getString(2), "fsync");
                    assertEquals("on", rs.getString(3), "synchronous_commit");
                }
            }
        }
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "postgres still running");

        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, port, log, Duration.ofSeconds(60))) {
            db.ensureDatabase("hub", "hub", "hub");
            try (Connection c = DriverManager.getConnection(db.jdbcUrl("hub"), "hub", "hub");
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT v FROM kept")) {
                assertTrue(rs.next());
                assertEquals("still here", rs.getString(1));
            }
            pid = db.postmasterPid();
        }
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "postgres still running");
    }

    @Test
    void sigtermToTheLauncherStopsPostgres() throws Exception {
        int port = freePort();
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(List.of(java.toString(), "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), HubCommand.class.getName(), "database"))
                .redirectErrorStream(true);
        pb.environment().put("HUB_VAR", tmp.resolve("var").toString());
        pb.environment().put("HUB_DB_PORT", Integer.toString(port));
        Process launcher = pb.start();
        long pid = -1;
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
            Pattern ready = Pattern.compile("PostgreSQL: ready .*pid (\\d+)\\)");
            String line;
            while ((line = r.readLine()) != null) {
                out.append(line).append('\n');
                Matcher m = ready.matcher(line);
                if (m.find()) {
                    pid = Long.parseLong(m.group(1));
                    break;
                }
            }
            assertTrue(pid > 0, "launcher did not report PostgreSQL ready:\n" + out);
            assertTrue(ProcessHandle.of(pid).isPresent());
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/hub", "hub", "hub")) {
                assertTrue(c.isValid(5));
            }
            // SIGTERM (Process.destroy() would also close our end of its output)
            new ProcessBuilder("kill", "-TERM", Long.toString(launcher.pid())).start().waitFor();
            assertTrue(launcher.waitFor(60, TimeUnit.SECONDS), "launcher did not exit");
            while ((line = r.readLine()) != null) {
                out.append(line).append('\n');
            }
        } finally {
            launcher.destroyForcibly();
        }
        long p = pid;
        assertFalse(ProcessHandle.of(p).map(ProcessHandle::isAlive).orElse(false), "postgres left running:\n" + out);
        assertTrue(out.toString().contains("PostgreSQL: stopped"), out.toString());
        try (ServerSocket s = new ServerSocket(port)) {
            assertTrue(s.isBound());
        }
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
