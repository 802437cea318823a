package eu.cbss.impt.hub.web.a11y;

import java.io.IOException;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * p:messages with a valid list: PrimeFaces 15 writes {@code <li role="alert">}, which takes the
 * list-item role away, so the {@code <ul>} holds no list items (axe-core: list, serious; WCAG 1.3.1).
 * Here the items stay list items and {@code role="alert"} goes on the block of one severity
 * around the list instead, so that a summary shown after a submit is still announced at once.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessages(FacesContext context, Messages messages, String severity, List<FacesMessage> list)
            throws IOException {
        ResponseWriter original = context.getResponseWriter();
        ResponseWriter withoutItemRoles = new AttributeFilteringWriter(original,
                (element, attribute) -> "li".equals(element) && ("role".equals(attribute) || "aria-atomic".equals(attribute)));
        context.setResponseWriter(new FirstElementWriter(withoutItemRoles, block -> block.writeAttribute("role", "alert", null)));
        try {
            super.encodeMessages(context, messages, severity, list);
        } finally {
            context.setResponseWriter(original);
        }
    }
}
