/** The dealer group's organisation: group → brands → stores. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.forecourt.core.api.org;
