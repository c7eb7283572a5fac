package org.forecourt.forms.impl.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.forecourt.forms.api.engine.Score;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.FormItem;
import org.forecourt.forms.impl.internal.entity.AnswerEntity;
import org.forecourt.forms.impl.internal.entity.SubmissionEntity;

/**
 * The queryable rows of a submitted submission ({@code fc_form_answer}): one per answered value (one per chosen
 * option of a multi-choice), typed columns instead of JSON, plus a {@code section-score} row per scored section.
 */
final class AnswerRows {

    static final String SECTION_SCORE = "section-score";
    private static final int MAX_TEXT = 4000;
    private static final BigDecimal MAX_NUMBER = new BigDecimal("999999999999999");

    private AnswerRows() {
    }

    static List<AnswerEntity> of(SubmissionEntity s, FormDefinition def, Map<String, Object> answers, Score score) {
        List<AnswerEntity> rows = new ArrayList<>();
        Answers.walk(def, answers, (item, value, path, groupKey, row) -> {
            String type = item.getType().jsonName();
            java.util.function.Supplier<AnswerEntity> row0 = () -> new AnswerEntity(s, Support.truncate(path, 200),
                    item.getKey(), groupKey, row, type);
            switch (item.getType()) {
                case NUMBER, MONEY, RATING -> rows.add(row0.get().number(number(value)));
                case YES_NO -> rows.add(row0.get().bool(value instanceof Boolean b ? b : Boolean.valueOf(
                        String.valueOf(value))));
                case CHOICE -> rows.add(row0.get().option(Support.truncate(String.valueOf(value), 64)));
                case MULTI_CHOICE -> {
                    if (value instanceof List<?> chosen) {
                        chosen.forEach(o -> rows.add(row0.get().option(Support.truncate(String.valueOf(o), 64))));
                    }
                }
                case INSPECTION -> {
                    if (value instanceof Map<?, ?> m) {
                        Object grade = m.get("grade");
                        Object note = m.get("note");
                        rows.add(row0.get().grade(grade == null ? null : String.valueOf(grade))
                                .text(note == null ? null : Support.truncate(String.valueOf(note), MAX_TEXT)));
                    }
                }
                case PHOTO -> rows.add(row0.get().number(BigDecimal.valueOf(
                        Answers.attachmentIds(item, value).size())));
                case SIGNATURE -> rows.add(row0.get().bool(Boolean.TRUE));
                case REFERENCE -> {
                    if (value instanceof Map<?, ?> m) {
                        Object label = m.get("label");
                        rows.add(row0.get().number(number(m.get("id")))
                                .text(label == null ? null : Support.truncate(String.valueOf(label), MAX_TEXT)));
                    }
                }
                case COMPUTED -> {
                    if (value instanceof Boolean b) {
                        rows.add(row0.get().bool(b));
                    } else if (Answers.number(value) != null && !(value instanceof String)) {
                        rows.add(row0.get().number(number(value)));
                    } else {
                        rows.add(row0.get().text(Support.truncate(String.valueOf(value), MAX_TEXT)));
                    }
                }
                default -> rows.add(row0.get().text(Support.truncate(String.valueOf(value), MAX_TEXT)));
            }
        });
        if (score != null) {
            score.sections().forEach((key, sec) -> rows.add(new AnswerEntity(s, "score." + key, key, null, null,
                    SECTION_SCORE).number(number(sec.percent()))));
        }
        return rows;
    }

    /** Fits DECIMAL(19,4); numbers beyond it (hostile input) are left out. */
    private static BigDecimal number(Object value) {
        BigDecimal d = Answers.number(value);
        if (d == null || d.abs().compareTo(MAX_NUMBER) > 0) {
            return null;
        }
        return d.setScale(4, RoundingMode.HALF_UP);
    }
}
