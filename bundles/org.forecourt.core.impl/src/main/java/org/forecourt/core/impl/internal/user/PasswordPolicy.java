package org.forecourt.core.impl.internal.user;

import java.util.ArrayList;
import java.util.List;

import org.forecourt.core.api.FieldError;
import org.forecourt.core.api.ValidationException;

/** At least 8 characters, with at least one letter and one digit; at most 72 bytes (bcrypt's limit). */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;

    public static final String TOO_SHORT = "core.password.tooShort";
    public static final String LETTER_AND_DIGIT = "core.password.letterAndDigit";
    public static final String TOO_LONG = "core.password.tooLong";

    /** @return the problems found, empty when the password is acceptable */
    public List<FieldError> check(String field, char[] password) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null || password.length < MIN_LENGTH) {
            errors.add(FieldError.of(field, TOO_SHORT, MIN_LENGTH));
            if (password == null) {
                return errors;
            }
        }
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < password.length; i++) {
            char c = password[i];
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        if (!letter || !digit) {
            errors.add(FieldError.of(field, LETTER_AND_DIGIT));
        }
        if (utf8Length(password) > PasswordHasher.MAX_BYTES) {
            errors.add(FieldError.of(field, TOO_LONG, PasswordHasher.MAX_BYTES));
        }
        return errors;
    }

    /** @throws ValidationException listing every problem */
    public void require(String field, char[] password) {
        List<FieldError> errors = check(field, password);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** UTF-8 length without copying the password into another buffer. */
    static int utf8Length(char[] chars) {
        int n = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
