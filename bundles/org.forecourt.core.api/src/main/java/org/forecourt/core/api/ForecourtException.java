package org.forecourt.core.api;

import java.util.Arrays;

/**
 * A refusal that a user can read: carries a message key (resolved in the user's language by the UI) and its
 * arguments. The Java message is the key with arguments, for logs.
 */
public class ForecourtException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final transient Object[] args;

    public ForecourtException(String messageKey, Object... args) {
        super(messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public ForecourtException(Throwable cause, String messageKey, Object... args) {
        super(messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)), cause);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
