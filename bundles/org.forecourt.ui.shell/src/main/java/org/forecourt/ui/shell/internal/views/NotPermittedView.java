package org.forecourt.ui.shell.internal.views;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** Shown, at the URL the user asked for, when their roles do not allow the screen. */
public class NotPermittedView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "not-permitted";
    private static final long serialVersionUID = 1L;

    public NotPermittedView() {
        setId("not-permitted");
        add(new H2(getTranslation("shell.notPermitted.title")), new Paragraph(getTranslation("shell.notPermitted.text")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.notPermitted.title");
    }
}
