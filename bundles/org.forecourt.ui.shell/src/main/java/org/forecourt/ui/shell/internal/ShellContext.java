package org.forecourt.ui.shell.internal;

import org.forecourt.core.api.i18n.Messages;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.core.api.user.AuthenticationService;
import org.forecourt.core.api.user.UserService;

/** The OSGi services the shell's Vaadin and API code needs, handed to them when the web server starts. */
public record ShellContext(ShellRegistry registry, Messages messages, AuthenticationService authentication,
                           UserService users, OrganisationService organisation, ShellConfig config) {
}
