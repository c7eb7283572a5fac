package org.forecourt.core.impl.internal.osgi;

import org.forecourt.persistence.Jpa;

/** The core's open persistence unit, shared by the core's components (an internal service). */
public interface CoreDatabase {

    Jpa jpa();

    /** "derby" or "postgresql". */
    String kind();
}
