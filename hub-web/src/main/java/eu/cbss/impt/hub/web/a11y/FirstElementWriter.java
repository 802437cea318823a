package eu.cbss.impt.hub.web.a11y;

import java.io.IOException;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;

/**
 * Writes what a renderer writes, and adds attributes to the first element it starts (the
 * component's outer element). Lets the accessible renderers add missing ARIA without copying
 * PrimeFaces' markup code.
 */
class FirstElementWriter extends ResponseWriterWrapper {

    /** Writes the attributes to add. */
    @FunctionalInterface
    interface Attributes {
        void writeTo(ResponseWriter writer) throws IOException;
    }

    private final Attributes attributes;
    private boolean first = true;

    FirstElementWriter(ResponseWriter wrapped, Attributes attributes) {
        super(wrapped);
        this.attributes = attributes;
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
        super.startElement(name, component);
        if (first) {
            first = false;
            attributes.writeTo(getWrapped());
        }
    }
}
