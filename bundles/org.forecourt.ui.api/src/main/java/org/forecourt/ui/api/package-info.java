/**
 * What a module registers to appear in the web shell: {@link org.forecourt.ui.api.ViewContribution} (a screen at a
 * route, guarded by a permission) and {@link org.forecourt.ui.api.MenuContribution} (an entry in the side menu).
 * Both are whiteboard services; registering and unregistering them updates open browsers at once.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.forecourt.ui.api;
