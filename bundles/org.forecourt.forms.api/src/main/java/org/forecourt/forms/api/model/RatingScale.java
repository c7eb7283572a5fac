package org.forecourt.forms.api.model;

/** The scale of a {@link FieldType#RATING} item. JSON values: {@code stars-5}, {@code score-0-10}. */
public enum RatingScale {
    /** 1 to 5 stars */
    STARS_5(1, 5),
    /** 0 to 10 (e.g. "how likely are you to recommend us") */
    SCORE_0_10(0, 10);

    private final int min;
    private final int max;

    RatingScale(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }
}
