package org.forecourt.forms.ui.internal.render;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

import org.forecourt.forms.api.engine.Evaluation;
import org.forecourt.forms.api.engine.FieldState;
import org.forecourt.forms.api.engine.Score;
import org.forecourt.forms.api.model.FormItem;

/** A section: a titled card ({@code fc-form-section}) with its items; its score ({@code fc-section-score}) when scored. */
public final class SectionView extends ItemView {

    private final Div body = new Div();
    private final Span score = new Span();

    public SectionView(RenderCore core, FormItem item, String path) {
        super(core, item, path);
        root.addClassName("fc-form-card");
        H3 title = new H3();
        title.addClassName("fc-form-section-title");
        title.add(Texts.localText(item.getLabel(), core.locale(), "fc-form-section-label"));
        score.addClassName("fc-section-score");
        score.getElement().getThemeList().add("badge");
        score.setVisible(false);
        Div header = new Div(title, score);
        header.addClassName("fc-form-section-header");
        if (item.getHelp() != null && !item.getHelp().isEmpty()) {
            header.add(Texts.localText(item.getHelp(), core.locale(), "fc-form-help"));
        }
        body.addClassName("fc-form-section-body");
        root.add(header, body);
    }

    public Div body() {
        return body;
    }

    /** The section score shown, "" when not scored. */
    public String scoreText() {
        return score.isVisible() ? score.getText() : "";
    }

    @Override
    public void apply(Evaluation evaluation, FieldState state) {
        super.apply(evaluation, state);
        Score s = evaluation.score() == null ? null : evaluation.score().sections().get(item.getKey());
        boolean scored = s != null && s.max() != null && s.max().signum() > 0;
        score.setVisible(scored);
        score.setText(scored ? Texts.score(s, core.locale()) : "");
    }
}
