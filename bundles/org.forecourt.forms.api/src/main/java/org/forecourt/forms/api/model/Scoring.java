package org.forecourt.forms.api.model;

import java.math.BigDecimal;

/**
 * How a form is scored and when it passes.
 *
 * @param pass            the pass rule, an expression (e.g. {@code allOk('safety') && percent >= 90}); null = a
 *                        complete submission passes unless a critical inspection item is not OK
 * @param attentionFactor share of an inspection item's weight scored for ATTENTION (default 0.5)
 */
public record Scoring(String pass, BigDecimal attentionFactor) {

    public static final BigDecimal DEFAULT_ATTENTION_FACTOR = new BigDecimal("0.5");

    public BigDecimal attentionFactorOrDefault() {
        return attentionFactor == null ? DEFAULT_ATTENTION_FACTOR : attentionFactor;
    }
}
