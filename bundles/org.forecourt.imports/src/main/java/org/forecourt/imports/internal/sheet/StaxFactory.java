package org.forecourt.imports.internal.sheet;

import javax.xml.stream.XMLInputFactory;

import com.fasterxml.aalto.stax.InputFactoryImpl;

/**
 * The StAX factory of the sheet layer: Aalto, created directly (no service lookup, which would not see the embedded
 * jar inside OSGi), with DTD support and external entities off, as fastexcel-reader configures its own.
 */
final class StaxFactory {

    private StaxFactory() {
    }

    static XMLInputFactory newInputFactory() {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
        return factory;
    }
}
