package org.forecourt.imports.internal.sheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Watches the bytes of an XML part of an xlsx while the parser reads them, and stops before the parser sees
 * anything that could make it use unbounded memory or resolve anything:
 * <ul>
 *     <li>more unpacked bytes than the part's budget (zip bomb), counted against a shared {@link Budget};</li>
 *     <li>any {@code <!DOCTYPE} or other {@code <!...>} declaration (no DTD, so no external entity and no entity
 *     expansion), only comments and CDATA are allowed;</li>
 *     <li>a text run, CDATA section, comment, processing instruction or tag longer than the given bounds;</li>
 *     <li>elements nested deeper than {@link #MAX_DEPTH}.</li>
 * </ul>
 * Violations throw {@link SheetException}: {@code tooLarge} for the byte budgets, {@code unreadable} for the rest
 * (no spreadsheet program writes such XML).
 */
final class XmlGuardInputStream extends FilterInputStream {

    static final int MAX_DEPTH = 64;
    static final int MAX_MARKUP_BYTES = 256 * 1024;

    /** The unpacked bytes left for all parts of one workbook. */
    static final class Budget {
        private long left;
        private final long limit;

        Budget(long limit) {
            this.left = limit;
            this.limit = limit;
        }
    }

    private enum State { TEXT, LT, BANG, BANG_DASH, COMMENT, CDATA_OPEN, CDATA, PI, TAG, TAG_QUOTED }

    private static final byte[] CDATA_OPEN = "[CDATA[".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Budget budget;
    private final long partLimit;
    private final long maxTextBytes;
    private long partBytes;
    private State state = State.TEXT;
    private long run;
    private int depth;
    private int match;
    private byte quote;
    private boolean endTag;
    private byte previous;
    private byte beforePrevious;

    /**
     * @param partLimit    most unpacked bytes of this part (throws {@code tooLarge} with this limit)
     * @param maxTextBytes longest text run or CDATA section
     */
    XmlGuardInputStream(InputStream in, Budget budget, long partLimit, long maxTextBytes) {
        super(in);
        this.budget = budget;
        this.partLimit = partLimit;
        this.maxTextBytes = maxTextBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
            accept((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            count(n);
            for (int i = 0; i < n; i++) {
                accept(buf[off + i]);
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip not supported");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(int n) {
        partBytes += n;
        budget.left -= n;
        if (partBytes > partLimit) {
            throw new SheetException(SheetMessages.TOO_LARGE, SheetLimits.mib(partLimit));
        }
        if (budget.left < 0) {
            throw new SheetException(SheetMessages.TOO_LARGE, SheetLimits.mib(budget.limit));
        }
    }

    private void accept(byte b) {
        switch (state) {
            case TEXT -> {
                if (b == '<') {
                    state = State.LT;
                    run = 1;
                } else {
                    bound(maxTextBytes);
                }
            }
            case LT -> {
                if (b == '!') {
                    state = State.BANG;
                } else if (b == '?') {
                    state = State.PI;
                } else {
                    state = State.TAG;
                    endTag = b == '/';
                }
                bound(MAX_MARKUP_BYTES);
            }
            case BANG -> {
                if (b == '-') {
                    state = State.BANG_DASH;
                } else if (b == '[') {
                    state = State.CDATA_OPEN;
                    match = 1;
                } else {
                    throw refused("declaration (DOCTYPE/ENTITY) in an xlsx part");
                }
                bound(MAX_MARKUP_BYTES);
            }
            case BANG_DASH -> {
                if (b != '-') {
                    throw refused("malformed comment");
                }
                state = State.COMMENT;
                previous = 0;
                beforePrevious = 0;
            }
            case COMMENT -> {
                bound(MAX_MARKUP_BYTES);
                if (b == '>' && previous == '-' && beforePrevious == '-') {
                    state = State.TEXT;
                    run = 0;
                }
            }
            case CDATA_OPEN -> {
                if (b != CDATA_OPEN[match]) {
                    throw refused("declaration in an xlsx part");
                }
                if (++match == CDATA_OPEN.length) {
                    state = State.CDATA;
                    run = 0;
                    previous = 0;
                    beforePrevious = 0;
                }
            }
            case CDATA -> {
                bound(maxTextBytes);
                if (b == '>' && previous == ']' && beforePrevious == ']') {
                    state = State.TEXT;
                    run = 0;
                }
            }
            case PI -> {
                bound(MAX_MARKUP_BYTES);
                if (b == '>' && previous == '?') {
                    state = State.TEXT;
                    run = 0;
                }
            }
            case TAG -> {
                bound(MAX_MARKUP_BYTES);
                if (b == '"' || b == '\'') {
                    quote = b;
                    state = State.TAG_QUOTED;
                } else if (b == '>') {
                    if (endTag) {
                        depth--;
                    } else if (previous != '/') {
                        if (++depth > MAX_DEPTH) {
                            throw refused("elements nested deeper than " + MAX_DEPTH);
                        }
                    }
                    state = State.TEXT;
                    run = 0;
                }
            }
            case TAG_QUOTED -> {
                bound(MAX_MARKUP_BYTES);
                if (b == quote) {
                    state = State.TAG;
                }
            }
        }
        beforePrevious = previous;
        previous = b;
    }

    private void bound(long max) {
        if (++run > max) {
            // Excel cannot write a cell of this size: the file was made to hurt
            throw refused(state + " longer than " + max + " bytes");
        }
    }

    private static SheetException refused(String why) {
        return new SheetException(new IOException(why), SheetMessages.UNREADABLE);
    }
}
