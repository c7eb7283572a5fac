package org.forecourt.ui.shell.internal.views;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.i18n.Messages;
import org.forecourt.ui.api.CurrentUser;
import org.forecourt.ui.shell.internal.ShellContext;
import org.forecourt.ui.shell.internal.vaadin.AccessGuard;

/** Sign-in page, with the language switch for people who have not signed in yet. */
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "login";
    private static final long serialVersionUID = 1L;

    private final transient ShellContext shell;
    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final Select<Locale> language = new Select<>();
    private final H1 title = new H1();

    public LoginView(ShellContext shell) {
        this.shell = shell;
        addClassName("fc-login");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        title.addClassName("fc-login-title");
        notice.addClassName("fc-login-notice");
        notice.setVisible(false);

        language.setItems(Messages.SUPPORTED);
        language.setItemLabelGenerator(LoginView::languageName);
        language.setId("language");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().setLocale(e.getValue());
                translate();
            }
        });

        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(e -> signIn(e.getUsername(), e.getPassword()));
        Div box = new Div(title, notice, form, language);
        box.addClassName("fc-login-box");
        add(box);
    }

    static String languageName(Locale locale) {
        return Locale.SIMPLIFIED_CHINESE.equals(locale) ? "简体中文" : "English";
    }

    private Locale locale() {
        Locale l = UI.getCurrent() != null ? UI.getCurrent().getLocale() : Locale.SIMPLIFIED_CHINESE;
        return Locale.ENGLISH.getLanguage().equals(l.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    private void translate() {
        Locale locale = locale();
        Messages m = shell.messages();
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(m.get(locale, "shell.login.form"));
        i18n.getForm().setUsername(m.get(locale, "shell.login.username"));
        i18n.getForm().setPassword(m.get(locale, "shell.login.password"));
        i18n.getForm().setSubmit(m.get(locale, "shell.login.submit"));
        i18n.getErrorMessage().setTitle(m.get(locale, "shell.login.failed.title"));
        i18n.getErrorMessage().setMessage(m.get(locale, "shell.login.failed.message"));
        form.setI18n(i18n);
        title.setText(shell.config().title());
        language.setValue(locale);
        if (notice.isVisible()) {
            notice.setText(m.get(locale, "shell.login.expired"));
        }
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.find().isPresent()) {
            event.forwardTo("");
            return;
        }
        notice.setVisible(event.getLocation().getQueryParameters().getParameters().containsKey("expired"));
        Locale browser = VaadinSession.getCurrent().getLocale();
        if (browser != null && UI.getCurrent() != null) {
            UI.getCurrent().setLocale(Locale.ENGLISH.getLanguage().equals(browser.getLanguage())
                    ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        }
        translate();
    }

    private void signIn(String username, String password) {
        Optional<Actor> actor = shell.authentication().authenticate(username == null ? "" : username.trim(),
                password == null ? new char[0] : password.toCharArray());
        if (actor.isEmpty()) {
            form.setError(true);
            form.setEnabled(true);
            return;
        }
        // a new session id after sign-in (session fixation)
        VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        VaadinSession session = VaadinSession.getCurrent();
        Actor signedIn = actor.get();
        session.setLocale(signedIn.locale());
        session.setAttribute(CurrentUser.SESSION_ATTRIBUTE, signedIn);
        UI.getCurrent().setLocale(signedIn.locale());
        Object returnTo = session.getAttribute(AccessGuard.RETURN_TO);
        session.setAttribute(AccessGuard.RETURN_TO, null);
        String target = returnTo instanceof String s && !s.isBlank() && !s.startsWith(ROUTE) ? s : "";
        UI.getCurrent().navigate(target);
    }

    @Override
    public String getPageTitle() {
        return shell.messages().get(locale(), "shell.login.title") + " · " + shell.config().title();
    }
}
