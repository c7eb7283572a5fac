package org.forecourt.masterdata.ui.internal.common;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.ItemLabelGenerator;

import org.forecourt.core.api.Actor;
import org.forecourt.ui.api.CurrentUser;
import org.forecourt.ui.api.Ui;

/** Small helpers shared by the master data screens. */
public final class Screen {

    private Screen() {
    }

    /** The signed-in user (re-read by the shell before every navigation). */
    public static Actor actor() {
        return CurrentUser.actor();
    }

    /** The UI language: Simplified Chinese or English. */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        if (ui != null && ui.getLocale() != null) {
            return Formats.language(ui.getLocale());
        }
        return CurrentUser.find().map(a -> Formats.language(a.locale())).orElse(Locale.SIMPLIFIED_CHINESE);
    }

    public static String t(String key, Object... args) {
        return Ui.t(key, args);
    }

    /** Labels of an enum's constants from their message keys; empty for null. */
    public static <E> ItemLabelGenerator<E> labels(Function<E, String> labelKey) {
        return e -> e == null ? "" : t(labelKey.apply(e));
    }

    public static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    /** A link to another screen that the router follows without reloading the page. */
    public static Anchor link(String location, String text) {
        Anchor a = new Anchor(location, text);
        a.getElement().setAttribute("router-link", true);
        return a;
    }

    /** A Lumo badge, e.g. for a tag or a state; variants like {@code success}, {@code contrast}, {@code small}. */
    public static Span badge(String text, String... variants) {
        Span s = new Span(text);
        s.getElement().getThemeList().add("badge");
        for (String v : variants) {
            s.getElement().getThemeList().add(v);
        }
        return s;
    }

    /**
     * Enter in one of the fields clicks the button. The active field is blurred and refocused first, so that the
     * value just typed reaches the server before the click.
     */
    public static ShortcutRegistration enterClicks(Button button, Component... fields) {
        return button.addClickShortcut(Key.ENTER).listenOn(fields).resetFocusOnActiveElement();
    }

    /** Escape anywhere inside the component runs the action. */
    public static ShortcutRegistration escape(Component root, Runnable action) {
        return Shortcuts.addShortcutListener(root, action::run, Key.ESCAPE).listenOn(root);
    }

    /** Date pickers in the user's language, weeks starting as is usual there (Monday in China). */
    public static void localize(DatePicker picker) {
        Locale locale = locale();
        picker.setLocale(Formats.isChinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.UK);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        List<String> months = new ArrayList<>();
        for (java.time.Month m : java.time.Month.values()) {
            months.add(m.getDisplayName(TextStyle.FULL, locale));
        }
        List<String> days = new ArrayList<>();
        List<String> shortDays = new ArrayList<>();
        for (DayOfWeek d : List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)) {
            days.add(d.getDisplayName(TextStyle.FULL, locale));
            shortDays.add(d.getDisplayName(TextStyle.SHORT, locale));
        }
        i18n.setMonthNames(months);
        i18n.setWeekdays(days);
        i18n.setWeekdaysShort(shortDays);
        i18n.setFirstDayOfWeek(1); // weeks start on Monday in China (and in the UK)
        i18n.setToday(t("masterdataui.date.today"));
        i18n.setCancel(t("masterdataui.action.cancel"));
        i18n.setDateFormats("yyyy-MM-dd", "yyyy/M/d", "yyyyMMdd");
        picker.setI18n(i18n);
    }

    /** Today in the user's zone. */
    public static LocalDate today() {
        return LocalDate.now(actor().zone());
    }
}
