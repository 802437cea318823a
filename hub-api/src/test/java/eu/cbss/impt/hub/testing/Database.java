package eu.cbss.impt.hub.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads the test database directly, as an attacker with a copy of it would. */
public final class Database {

    private Database() {
    }

    public static long count(String sql) throws Exception {
        try (Connection c = ApiServices.database(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public static void execute(String sql) throws Exception {
        try (Connection c = ApiServices.database(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** Every row of every table as text. */
    public static String dump() throws Exception {
        StringBuilder everything = new StringBuilder();
        try (Connection c = ApiServices.database(); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select table_schema || '.' || table_name from information_schema.tables "
                    + "where table_schema not in ('pg_catalog', 'information_schema')")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            assertTrue(tables.contains("public.child_record"), tables.toString());
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("select t::text from " + table + " t")) {
                    while (rs.next()) everything.append(rs.getString(1)).append('\n');
                }
            }
        }
        return everything.toString();
    }
}
