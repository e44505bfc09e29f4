package fr.relanceiae.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

/** A write made straight in the database, behind the application's back (as an operator or a script would). */
public final class Sql {

    private Sql() {
    }

    /** Runs one statement with these parameters, in a transaction of its own. */
    public static void update(DataSource dataSource, String statement, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement prepared = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                prepared.setObject(i + 1, parameters[i]);
            }
            prepared.executeUpdate();
        }
    }
}
