/**
 * The forms renderer other modules embed: {@link org.forecourt.forms.ui.FormRenderer} renders any form definition
 * for filling, viewing or previewing.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.forecourt.forms.ui;
