package eu.cbss.impt.hub.web.a11y;

import java.io.IOException;
import java.util.function.BiPredicate;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;

/**
 * Writes what a renderer writes, but leaves out the attributes {@code leaveOut} names for the
 * element being written (element name, attribute name). Lets the accessible renderers drop
 * PrimeFaces' invalid ARIA without copying its markup code.
 */
class AttributeFilteringWriter extends ResponseWriterWrapper {

    private final BiPredicate<String, String> leaveOut;
    private String element;

    AttributeFilteringWriter(ResponseWriter wrapped, BiPredicate<String, String> leaveOut) {
        super(wrapped);
        this.leaveOut = leaveOut;
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
        element = name;
        super.startElement(name, component);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
        if (!leaveOut.test(element, name)) {
            super.writeAttribute(name, value, property);
        }
    }
}
