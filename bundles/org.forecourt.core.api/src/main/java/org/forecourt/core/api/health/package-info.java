/** Health checks reported by {@code /api/health}. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.forecourt.core.api.health;
