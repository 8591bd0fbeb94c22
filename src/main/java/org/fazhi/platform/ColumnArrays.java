package org.fazhi.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows written by one set-based statement: each column's values passed as one text array and cast back to the
 * column's type, so that a few hundred generated records take one round trip instead of one each. A statement
 * names the columns ({@link #names()}) and reads the rows from {@link #unnest()}, with whatever it adds around them
 * (a fixed county, a join resolving a natural key to an id); {@link #bind} passes the arrays. Values: null, enums
 * (their names) and anything whose text PostgreSQL reads as the column's type.
 *
 * @param <T> what one row is made from
 */
public final class ColumnArrays<T> {

    private record Column<T>(String name, String type, Function<T, @Nullable Object> value) {
    }

    private final List<Column<T>> columns = new ArrayList<>();

    /** Adds a column: its name, its PostgreSQL type ({@code text}, {@code date}, {@code bigint}, ...), its value. */
    public ColumnArrays<T> column(String name, String type, Function<T, @Nullable Object> value) {
        columns.add(new Column<>(name, type, value));
        return this;
    }

    /** {@code a, b, c}: the columns' names in order. */
    public String names() {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    /** {@code unnest(cast(:c0 as text[])::date[], ...)}: the rows, one column per array, in the columns' order. */
    public String unnest() {
        StringBuilder arrays = new StringBuilder("unnest(");
        for (int i = 0; i < columns.size(); i++) {
            arrays.append(i == 0 ? "" : ", ").append("cast(:c").append(i).append(" as text[])");
            if (!columns.get(i).type().equals("text")) {
                arrays.append("::").append(columns.get(i).type()).append("[]");
            }
        }
        return arrays.append(")").toString();
    }

    /** The statement with each column's values of {@code rows} bound. */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, List<? extends T> rows) {
        JdbcClient.StatementSpec bound = statement;
        for (int i = 0; i < columns.size(); i++) {
            Function<T, @Nullable Object> value = columns.get(i).value();
            bound = bound.param("c" + i, rows.stream().map(row -> text(value.apply(row))).toArray(String[]::new));
        }
        return bound;
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
