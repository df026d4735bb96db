package org.wsoa.export;

import java.util.List;

/**
 * One table of an export: its name (the file's, e.g. {@code actions}), its columns, and its rows,
 * each value text, a number ({@link java.math.BigDecimal}, {@link Integer}, {@link Long}), a
 * {@link Boolean}, a {@link java.time.LocalDate} or null for none.
 */
public record Table(String name, List<String> columns, List<List<Object>> rows) {
    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(java.util.Collections::unmodifiableList).toList();
    }
}
