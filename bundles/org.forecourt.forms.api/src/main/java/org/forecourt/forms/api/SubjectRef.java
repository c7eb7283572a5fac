package org.forecourt.forms.api;

import java.util.Objects;

/**
 * What a submission is filled for: a module's record, e.g. {@code sales.order/1042}, {@code vehicle/77}.
 *
 * @param type a module-defined type ({@link FormPurpose#subjectType()})
 * @param id   the record's id as text
 */
public record SubjectRef(String type, String id) {
    public SubjectRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static SubjectRef of(String type, Object id) {
        return new SubjectRef(type, String.valueOf(id));
    }

    @Override
    public String toString() {
        return type + "/" + id;
    }
}
