package org.forecourt.imports.internal.sheet;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Maps the header of a sheet to logical field names by lists of aliases, because every store titles its columns its
 * own way:
 *
 * <pre>{@code
 * ColumnMap customers = ColumnMap.builder()
 *         .required("name", "姓名", "客户姓名", "Name", "Full name")
 *         .required("phone", "手机", "手机号", "联系电话", "Phone", "Mobile")
 *         .optional("idNumber", "身份证号", "证件号码", "ID number")
 *         .build();
 * ColumnMap.Mapping mapping = customers.map(reader.headers());
 * mapping.requireComplete(reader.headerRowNumber()); // SheetException when required columns are missing
 * for (SheetRow row : (Iterable<SheetRow>) reader::iterator) {
 *     String name = mapping.value(row, "name");
 * }
 * }</pre>
 *
 * Titles are compared {@link #normalize(String) normalized}: case-insensitive, full-width letters, digits and
 * punctuation as their ASCII forms, without spaces, '*', '_', '-', '.', ':' and without a trailing required/optional
 * marker such as "(必填)" or "（选填）". So "客户 姓名*", "ＮＡＭＥ" and "full_name" match "客户姓名", "Name" and
 * "Full name". Immutable and thread-safe.
 */
public final class ColumnMap {

    private static final Pattern MARKER = Pattern.compile(
            "\\((必填|必须|必需|选填|可选|非必填|required|optional|mandatory)\\)$");

    /** A logical field: its name, whether the import needs it, and the titles it goes by (first = display title). */
    public record Field(String name, boolean required, List<String> aliases) {
        public Field {
            Objects.requireNonNull(name, "name");
            aliases = List.copyOf(aliases);
            if (aliases.isEmpty()) {
                throw new IllegalArgumentException("field " + name + " has no alias");
            }
        }

        /** The title to show the user for this field: the first alias. */
        public String title() {
            return aliases.get(0);
        }
    }

    private final List<Field> fields;
    private final Map<String, Field> byAlias;

    private ColumnMap(List<Field> fields) {
        this.fields = List.copyOf(fields);
        Map<String, Field> aliases = new HashMap<>();
        Map<String, Field> names = new HashMap<>();
        for (Field field : fields) {
            if (names.put(field.name(), field) != null) {
                throw new IllegalArgumentException("field " + field.name() + " defined twice");
            }
            for (String alias : field.aliases()) {
                String key = normalize(alias);
                if (key.isEmpty()) {
                    throw new IllegalArgumentException("blank alias for " + field.name());
                }
                Field previous = aliases.put(key, field);
                if (previous != null && previous != field) {
                    throw new IllegalArgumentException("alias '" + alias + "' of " + field.name()
                            + " is also an alias of " + previous.name());
                }
            }
        }
        this.byAlias = Map.copyOf(aliases);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the fields, in the order they should be reported. */
    public static final class Builder {
        private final List<Field> fields = new ArrayList<>();

        private Builder() {
        }

        public Builder field(String name, boolean required, String... aliases) {
            fields.add(new Field(name, required, List.of(aliases)));
            return this;
        }

        public Builder required(String name, String... aliases) {
            return field(name, true, aliases);
        }

        public Builder optional(String name, String... aliases) {
            return field(name, false, aliases);
        }

        /** @throws IllegalArgumentException when a field is defined twice or two fields share an alias */
        public ColumnMap build() {
            return new ColumnMap(fields);
        }
    }

    public List<Field> fields() {
        return fields;
    }

    /** The field with this name, if defined. */
    public Field field(String name) {
        for (Field field : fields) {
            if (field.name().equals(name)) {
                return field;
            }
        }
        return null;
    }

    /** The form titles are compared in; see the class comment. */
    public static String normalize(String title) {
        if (title == null) {
            return "";
        }
        String s = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '*' || c == '_' || c == '-'
                    || c == '.' || c == ':' || c == '\uFEFF' || c == '\u200B') {
                continue;
            }
            sb.append(c);
        }
        return MARKER.matcher(sb).replaceFirst("");
    }

    /** Maps a header row ({@link SheetReader#headers()}). The first column matching a field wins. */
    public Mapping map(List<String> headers) {
        return new Mapping(headers);
    }

    /** How one header row maps to the fields. */
    public final class Mapping {
        private final List<String> headers;
        private final Map<String, Integer> columns = new LinkedHashMap<>();
        private final String[] fieldAt;
        private final List<Integer> unknown = new ArrayList<>();
        private final List<Integer> duplicates = new ArrayList<>();

        private Mapping(List<String> headers) {
            this.headers = List.copyOf(headers);
            this.fieldAt = new String[headers.size()];
            Map<String, Integer> found = new HashMap<>();
            for (int i = 0; i < headers.size(); i++) {
                String key = normalize(headers.get(i));
                if (key.isEmpty()) {
                    continue;
                }
                Field field = byAlias.get(key);
                if (field == null) {
                    unknown.add(i);
                } else if (found.putIfAbsent(field.name(), i) != null) {
                    duplicates.add(i);
                } else {
                    fieldAt[i] = field.name();
                }
            }
            for (Field field : fields) {
                Integer column = found.get(field.name());
                if (column != null) {
                    columns.put(field.name(), column);
                }
            }
        }

        public List<String> headers() {
            return headers;
        }

        /** Field name to 0-based column, in the order the fields were defined; unmapped fields are absent. */
        public Map<String, Integer> columns() {
            return Collections.unmodifiableMap(columns);
        }

        /** The 0-based column of {@code field}, empty when the sheet has no such column. */
        public OptionalInt column(String field) {
            Integer column = columns.get(field);
            return column == null ? OptionalInt.empty() : OptionalInt.of(column);
        }

        public boolean has(String field) {
            return columns.containsKey(field);
        }

        /** The field mapped to a column, or {@code null}. */
        public String fieldAt(int column) {
            return column >= 0 && column < fieldAt.length ? fieldAt[column] : null;
        }

        /** The value of {@code field} in {@code row}; {@code ""} when the field is not in the sheet. */
        public String value(SheetRow row, String field) {
            Integer column = columns.get(field);
            return column == null ? "" : row.cell(column);
        }

        /** The problems the reader found in the cell of {@code field} in {@code row}. */
        public List<CellProblem> problems(SheetRow row, String field) {
            Integer column = columns.get(field);
            if (column == null || row.problems().isEmpty()) {
                return List.of();
            }
            List<CellProblem> found = new ArrayList<>();
            for (CellProblem problem : row.problems()) {
                if (problem.column() == column) {
                    found.add(problem);
                }
            }
            return found;
        }

        /** Columns with a title that matches no field (0-based), to be reported as ignored. */
        public List<Integer> unknownColumns() {
            return List.copyOf(unknown);
        }

        /** The titles of {@link #unknownColumns()}. */
        public List<String> unknownHeaders() {
            List<String> titles = new ArrayList<>();
            for (int column : unknown) {
                titles.add(headers.get(column));
            }
            return titles;
        }

        /** Columns ignored because an earlier column already maps to the same field (0-based). */
        public List<Integer> duplicateColumns() {
            return List.copyOf(duplicates);
        }

        /** Required fields without a column. */
        public List<Field> missingRequired() {
            List<Field> missing = new ArrayList<>();
            for (Field field : fields) {
                if (field.required() && !columns.containsKey(field.name())) {
                    missing.add(field);
                }
            }
            return missing;
        }

        /** Whether every required field has a column. */
        public boolean isComplete() {
            return missingRequired().isEmpty();
        }

        /**
         * Refuses a header that cannot be imported.
         *
         * @param headerRowNumber the row number of the header, for the message
         * @throws SheetException {@link SheetMessages#NO_KNOWN_COLUMNS} when no title is known at all (wrong file,
         *                        or the titles are not in the first row); {@link SheetMessages#MISSING_COLUMNS} with
         *                        the missing titles (first aliases) when required fields are missing
         */
        public void requireComplete(int headerRowNumber) {
            if (columns.isEmpty()) {
                List<String> expected = new ArrayList<>();
                for (Field field : fields) {
                    expected.add(field.title());
                }
                throw new SheetException(SheetMessages.NO_KNOWN_COLUMNS, headerRowNumber, String.join(", ", expected));
            }
            List<Field> missing = missingRequired();
            if (!missing.isEmpty()) {
                List<String> titles = new ArrayList<>();
                for (Field field : missing) {
                    titles.add(field.title());
                }
                throw new SheetException(SheetMessages.MISSING_COLUMNS, String.join(", ", titles));
            }
        }
    }
}
