package org.forecourt.core.ui.internal.common;

import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.forecourt.ui.api.Ui;

/** Small pieces every screen builds the same way. */
public final class Widgets {

    private Widgets() {
    }

    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.SIMPLIFIED_CHINESE : ui.getLocale();
    }

    /** A search-as-you-type field: the value changes shortly after the user stops typing. */
    public static TextField search(String id, String placeholderKey) {
        TextField field = new TextField();
        field.setId(id);
        field.setPlaceholder(Ui.t(placeholderKey));
        field.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(300);
        field.setWidth("18rem");
        return field;
    }

    /** A status badge (Lumo badge theme): success, error or contrast. */
    public static Span badge(String text, String variant) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        if (variant != null) {
            badge.getElement().getThemeList().add(variant);
        }
        badge.getElement().getThemeList().add("small");
        return badge;
    }

    /** Text in the small secondary style (e.g. a technical name under a label). */
    public static Span secondary(String text) {
        Span span = new Span(text);
        span.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        return span;
    }

    /** A date picker that speaks the user's language: month and day names from the locale, buttons translated. */
    public static DatePicker datePicker(String id, String labelKey) {
        DatePicker picker = new DatePicker(Ui.t(labelKey));
        picker.setId(id);
        Locale locale = locale();
        picker.setLocale(locale);
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        List<String> weekdays = Arrays.asList(symbols.getWeekdays()).subList(1, 8);
        List<String> weekdaysShort = Arrays.asList(symbols.getShortWeekdays()).subList(1, 8);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(weekdays)
                .setWeekdaysShort(weekdaysShort)
                .setFirstDayOfWeek(1)
                .setToday(Ui.t("coreui.date.today"))
                .setCancel(Ui.t("coreui.cancel"));
        picker.setI18n(i18n);
        picker.setClearButtonVisible(true);
        return picker;
    }
}
