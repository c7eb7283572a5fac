package org.forecourt.forms.ui.internal.render;

import com.vaadin.flow.component.html.H3;

import org.forecourt.forms.api.model.FormItem;

/** The title at the top of a page of a multi-step form ({@code fc-form-page-title}). */
final class PageTitleView extends ItemView {

    PageTitleView(RenderCore core, FormItem item, String path) {
        super(core, item, path);
        H3 title = new H3();
        title.addClassName("fc-form-page-title");
        title.add(Texts.localText(item.getLabel(), core.locale(), "fc-form-page-label"));
        root.add(title);
    }
}
