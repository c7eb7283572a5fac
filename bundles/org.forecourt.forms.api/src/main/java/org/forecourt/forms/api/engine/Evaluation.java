package org.forecourt.forms.api.engine;

import java.util.List;
import java.util.Map;

import org.forecourt.core.api.FieldError;

/**
 * The engine's verdict on a set of answers: what is shown, computed values, errors, score and pass.
 *
 * @param states         per item path ({@code brakes}, {@code parts[0].qty}): visibility, required, read-only
 * @param computed       per computed item path: its value (BigDecimal, String or Boolean)
 * @param errors         per answer path: what is wrong, as message keys of the engine ({@code forms.answer.required},
 *                       {@code forms.answer.unknownField} …); empty = the answers can be submitted
 * @param score          the score, or null when the form is not scored
 * @param passed         the pass rule's verdict (false whenever there are errors)
 * @param failedCritical paths of critical items that are not OK
 */
public record Evaluation(Map<String, FieldState> states, Map<String, Object> computed, List<FieldError> errors,
                         Score score, boolean passed, List<String> failedCritical) {

    public Evaluation {
        states = Map.copyOf(states);
        computed = Map.copyOf(computed);
        errors = List.copyOf(errors);
        failedCritical = List.copyOf(failedCritical);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public FieldState state(String path) {
        return states.getOrDefault(path, FieldState.DEFAULT);
    }
}
