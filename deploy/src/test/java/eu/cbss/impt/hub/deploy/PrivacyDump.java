package eu.cbss.impt.hub.deploy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything the hub keeps, as someone with a copy of its disk would read it: every row of every
 * table as text, and every log under its var folder. No identifier and no narrative that a journey
 * registered may be in either (case ignored); the texts a journey registered as stored (once they
 * are) must be in the database, so that a dump that sees nothing cannot pass. Each journey's texts are
 * checked when it ends, and every journey's again before the restart (Payara's log is replaced then).
 */
final class PrivacyDump {

    private PrivacyDump() {
    }

    /** What the journeys registered, each text with the journey that did. */
    static final class Registry {
        private final Map<String, String> forbidden = new ConcurrentHashMap<>();
        private final Map<String, String> stored = new ConcurrentHashMap<>();

        void forbid(String journey, List<String> texts) {
            texts.forEach(t -> forbidden.putIfAbsent(t.toLowerCase(), journey));
        }

        void expectStored(String journey, List<String> texts) {
            texts.forEach(t -> stored.putIfAbsent(t.toLowerCase(), journey));
        }
    }

    /**
     * @param when the journey class just ended (the texts it registered are checked), or another moment,
     *             such as the restart, when every journey's are
     */
    static void check(Hub hub, Registry registry, String when) throws Exception {
        Map<String, String> forbidden = only(registry.forbidden, when);
        Map<String, String> stored = only(registry.stored, when);
        if (forbidden.isEmpty() && stored.isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        String database = database(hub).toLowerCase();
        List<String> problems = new ArrayList<>();
        stored.forEach((text, journey) -> {
            if (!database.contains(text)) problems.add("'" + text + "' (" + journey + ") is not in the database: does the dump see it?");
        });
        forbidden.forEach((text, journey) -> {
            if (database.contains(text)) problems.add("'" + text + "' (" + journey + ") is in the database");
        });
        List<Path> logs = logs(hub.settings().varDir());
        assertFalse(logs.isEmpty(), "the hub writes logs under its var folder");
        for (Path log : logs) {
            String text = new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1).toLowerCase();
            forbidden.forEach((t, journey) -> {
                if (text.contains(t)) problems.add("'" + t + "' (" + journey + ") is in " + log);
            });
        }
        System.out.printf("privacy dump after %s: %d texts in %d characters of tables and %d logs, %.1f s%n", when,
                forbidden.size() + stored.size(), database.length(), logs.size(), (System.nanoTime() - t0) / 1e9);
        assertTrue(problems.isEmpty(), "privacy dump after " + when + ":\n" + String.join("\n", problems));
    }

    /** The texts registered by the journey {@code when} names, or all of them at another moment. */
    private static Map<String, String> only(Map<String, String> texts, String when) {
        if (!when.endsWith("IT")) {
            return texts;
        }
        Map<String, String> own = new java.util.HashMap<>();
        texts.forEach((text, journey) -> {
            if (journey.equals(when)) own.put(text, journey);
        });
        return own;
    }

    private static String database(Hub hub) throws Exception {
        StringBuilder everything = new StringBuilder();
        try (Connection c = hub.openConnection(); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select table_schema || '.' || table_name from information_schema.tables "
                    + "where table_schema not in ('pg_catalog', 'information_schema')")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            assertTrue(tables.contains("public.child_record") && tables.contains("public.signal"), tables.toString());
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("select t::text from " + table + " t")) {
                    while (rs.next()) everything.append(rs.getString(1)).append('\n');
                }
            }
        }
        return everything.toString();
    }

    /** Every log under the var folder; files that PostgreSQL removes meanwhile are passed over. */
    private static List<Path> logs(Path varDir) throws Exception {
        List<Path> logs = new ArrayList<>();
        Files.walkFileTree(varDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path p, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && (p.toString().endsWith(".log") || p.toString().contains("/logs/"))) {
                    logs.add(p);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path p, java.io.IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        return logs;
    }
}
