package org.forecourt.imports.api;

import java.util.List;

/**
 * A column an import understands, for help texts and templates.
 *
 * @param field    the logical field, e.g. {@code mobile}
 * @param required whether a file without this column is refused
 * @param aliases  the titles the column may have (Chinese and English; compared without case, spaces, '*' and a
 *                 trailing "(必填)"); the first is the one to show
 */
public record ImportColumn(String field, boolean required, List<String> aliases) {

    public ImportColumn {
        aliases = List.copyOf(aliases);
    }

    /** The title to show: the first alias. */
    public String title() {
        return aliases.get(0);
    }
}
