/** Translated texts: modules contribute resource bundles, everyone resolves keys through {@link org.forecourt.core.api.i18n.Messages}. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.forecourt.core.api.i18n;
