package org.forecourt.forms.ui.internal.fill;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.ForecourtException;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.core.api.org.Store;
import org.forecourt.forms.api.BindingService;
import org.forecourt.forms.api.FormPurpose;
import org.forecourt.forms.api.FormQuery;
import org.forecourt.forms.api.FormService;
import org.forecourt.forms.api.FormSummary;
import org.forecourt.forms.api.FormVersion;
import org.forecourt.forms.api.FormsPermissions;
import org.forecourt.forms.api.Submission;
import org.forecourt.forms.api.SubmissionRequest;
import org.forecourt.forms.api.SubmissionService;
import org.forecourt.forms.ui.internal.render.Texts;
import org.forecourt.ui.api.CurrentUser;
import org.forecourt.ui.api.Ui;

/**
 * "Fill a form": the store, then a purpose that has a form in that store (or, for designers, any published form);
 * Start creates (or reopens) the user's draft and opens it.
 */
public class FillView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient FormService forms;
    private final transient BindingService bindings;
    private final transient SubmissionService submissions;
    private final transient OrganisationService organisation;
    private final ComboBox<Store> store = new ComboBox<>();
    private final ComboBox<FormPurpose> purpose = new ComboBox<>();
    private final ComboBox<FormSummary> form = new ComboBox<>();
    private final Button start = new Button();

    public FillView(FormService forms, BindingService bindings, SubmissionService submissions,
                    OrganisationService organisation) {
        this.forms = forms;
        this.bindings = bindings;
        this.submissions = submissions;
        this.organisation = organisation;
        setId(FillIds.FILL_VIEW);
        setMaxWidth("40rem");
        H2 title = new H2(Texts.t("forms.fill.title"));
        store.setId(FillIds.FILL_STORE);
        store.setLabel(Texts.t("forms.fill.store"));
        store.setItemLabelGenerator(Store::name);
        store.setWidthFull();
        store.addValueChangeListener(e -> loadPurposes());
        purpose.setId(FillIds.FILL_PURPOSE);
        purpose.setLabel(Texts.t("forms.fill.purpose"));
        purpose.setItemLabelGenerator(p -> Texts.resolve(p.label(), locale()) + " · " + p.id());
        purpose.setWidthFull();
        purpose.setClearButtonVisible(true);
        purpose.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                form.clear();
            }
        });
        form.setId(FillIds.FILL_FORM);
        form.setLabel(Texts.t("forms.fill.form"));
        form.setItemLabelGenerator(f -> Texts.resolve(f.title(), locale()) + " · " + f.key() + " v"
                + f.currentVersion());
        form.setWidthFull();
        form.setClearButtonVisible(true);
        form.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                purpose.clear();
            }
        });
        start.setId(FillIds.FILL_START);
        start.setText(Texts.t("forms.fill.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.addClickListener(e -> start());
        add(title, store, purpose, form, start);
    }

    private java.util.Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? java.util.Locale.SIMPLIFIED_CHINESE : ui.getLocale();
    }

    private void loadPurposes() {
        Actor actor = CurrentUser.actor();
        Store s = store.getValue();
        List<FormPurpose> applicable = new ArrayList<>();
        if (s != null) {
            for (FormPurpose p : bindings.purposes()) {
                if (bindings.resolve(actor, p.id(), s.id()).isPresent()) {
                    applicable.add(p);
                }
            }
        }
        purpose.setItems(applicable);
    }

    private void start() {
        Actor actor = CurrentUser.actor();
        Store s = store.getValue();
        if (s == null) {
            store.setInvalid(true);
            store.setErrorMessage(Texts.t("forms.fill.storeRequired"));
            return;
        }
        try {
            SubmissionRequest request;
            if (purpose.getValue() != null) {
                request = new SubmissionRequest(purpose.getValue().id(), null, s.id(), null, null, null);
            } else if (form.getValue() != null) {
                Optional<FormVersion> current = forms.versions(actor, form.getValue().id()).stream()
                        .filter(v -> v.status() == org.forecourt.forms.api.VersionStatus.PUBLISHED).findFirst();
                if (current.isEmpty()) {
                    Ui.error(new ForecourtException("forms.fill.noVersion"));
                    return;
                }
                request = new SubmissionRequest(null, current.get().id(), s.id(), null, null, null);
            } else {
                purpose.setInvalid(true);
                purpose.setErrorMessage(Texts.t("forms.fill.chooseForm"));
                return;
            }
            Submission sub = submissions.start(actor, request);
            UI.getCurrent().navigate(FillRoutes.submission(sub.id()));
        } catch (ForecourtException e) {
            Ui.error(e);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Actor actor = CurrentUser.actor();
        List<Store> stores = organisation.stores(actor);
        store.setItems(stores);
        stores.stream().filter(x -> actor.homeStoreId() != null && x.id() == actor.homeStoreId()).findFirst()
              .or(() -> stores.size() == 1 ? Optional.of(stores.get(0)) : Optional.empty())
              .ifPresent(store::setValue);
        boolean designer = actor.has(FormsPermissions.DESIGN_VIEW);
        form.setVisible(designer);
        if (designer) {
            form.setItems(forms.list(actor, FormQuery.all()).stream().filter(f -> f.currentVersion() != null)
                               .toList());
        }
        loadPurposes();
    }

    @Override
    public String getPageTitle() {
        return Texts.t("forms.fill.title");
    }
}
