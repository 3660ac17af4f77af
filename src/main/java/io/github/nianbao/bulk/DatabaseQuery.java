package io.github.nianbao.bulk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Read-only SQL over an import database, for people who do not have the {@code sqlite3} shell at hand. */
public final class DatabaseQuery {

    /**
     * A query's result.
     *
     * @param columns   column names
     * @param rows      values as text (null for SQL NULL), at most the limit asked for
     * @param truncated whether more rows were left out
     */
    public record Result(List<String> columns, List<List<String>> rows, boolean truncated) {
    }

    private DatabaseQuery() {
    }

    /**
     * Runs one statement with writes forbidden ({@code PRAGMA query_only}).
     *
     * @throws IOException when the database does not exist, or the statement fails (its message says why)
     */
    public static Result run(Path database, String sql, int maxRows) throws IOException {
        if (!Files.isRegularFile(database)) {
            throw new NoSuchFileException(database.toString(), null, "no such database");
        }
        try (Connection c = SqliteStore.connectReadOnly(database); Statement s = c.createStatement()) {
            s.execute("PRAGMA query_only = ON");
            if (!s.execute(sql)) {
                return new Result(List.of(), List.of(), false);
            }
            try (ResultSet rs = s.getResultSet()) {
                ResultSetMetaData md = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    columns.add(md.getColumnLabel(i));
                }
                List<List<String>> rows = new ArrayList<>();
                boolean more = rs.next();
                while (more && rows.size() < maxRows) {
                    String[] row = new String[columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getString(i + 1);
                    }
                    rows.add(Arrays.asList(row));
                    more = rs.next();
                }
                return new Result(columns, rows, more);
            }
        } catch (SQLException e) {
            throw new IOException("the query failed: " + e.getMessage(), e);
        }
    }
}
