/**
 * Who is acting and what they may see: {@link org.forecourt.core.api.Actor}, {@link org.forecourt.core.api.Scope},
 * roles, permissions and the exceptions every service uses to refuse work.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.forecourt.core.api;
