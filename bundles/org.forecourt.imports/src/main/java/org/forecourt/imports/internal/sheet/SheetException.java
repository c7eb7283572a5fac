package org.forecourt.imports.internal.sheet;

import java.util.Arrays;

/**
 * A spreadsheet that cannot be imported as a whole, for a reason the user can read: it carries a message key
 * (one of the {@code import.sheet.*} constants of {@link SheetMessages}, resolved in the user's language with
 * {@link SheetMessages#format}) and its arguments. The Java message is the key with its arguments, for logs.
 *
 * <p>Problems with single cells are not exceptions: they travel with the row as {@link CellProblem}s.
 */
public class SheetException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final transient Object[] args;

    public SheetException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    public SheetException(Throwable cause, String messageKey, Object... args) {
        super(messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)), cause);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    /** The key of the message to show, e.g. {@code import.sheet.unreadable}. */
    public String messageKey() {
        return messageKey;
    }

    /** The arguments of the message ({@link java.text.MessageFormat} style, {@code {0}}, {@code {1}}, ...). */
    public Object[] args() {
        return args.clone();
    }
}
