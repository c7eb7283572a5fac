package org.forecourt.forms.api;

import java.util.List;

/**
 * Whiteboard service: a module declares the purposes it uses by registering one of these. The forms module lists
 * them for binding while the module is installed; bindings and submissions stay when it is removed.
 */
public interface PurposeContribution {

    List<FormPurpose> purposes();
}
