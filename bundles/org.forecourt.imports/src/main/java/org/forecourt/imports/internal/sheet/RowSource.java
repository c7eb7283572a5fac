package org.forecourt.imports.internal.sheet;

import java.io.Closeable;

/** Raw rows of one file format, in order, blank ones included; {@link SheetReader} does the rest. */
interface RowSource extends Closeable {

    /** The next row (cells trimmed, not padded), or {@code null} at the end. */
    SheetRow next();

    /** How far the reading is, from 0 to 1. */
    double progress();
}
