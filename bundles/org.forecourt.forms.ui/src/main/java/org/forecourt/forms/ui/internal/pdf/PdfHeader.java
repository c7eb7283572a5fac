package org.forecourt.forms.ui.internal.pdf;

/**
 * What the PDF prints above the answers (already formatted for the reader; null = left out).
 *
 * @param title       the form's title
 * @param formKey     the form's key
 * @param version     the version number it was filled with
 * @param store       the store
 * @param customer    the customer
 * @param vehicle     the vehicle
 * @param filledBy    who filled it
 * @param startedAt   when it was started
 * @param submittedAt when it was submitted
 * @param status      draft or submitted
 */
public record PdfHeader(String title, String formKey, int version, String store, String customer, String vehicle,
                        String filledBy, String startedAt, String submittedAt, String status) {
}
