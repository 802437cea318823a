package eu.cbss.impt.hub.web.a11y;

import java.io.IOException;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import org.primefaces.component.selectmanycheckbox.SelectManyCheckbox;
import org.primefaces.component.selectmanycheckbox.SelectManyCheckboxRenderer;

/**
 * p:selectManyCheckbox without the {@code aria-required} PrimeFaces 15 writes on its plain
 * container {@code div}, where no role allows it (axe-core: aria-allowed-attr, critical; WCAG
 * 4.1.2). A page with a required group says so in the group's legend instead (see the concerns
 * in signals/new.xhtml); the required check itself stays on the server.
 */
public class AccessibleSelectManyCheckboxRenderer extends SelectManyCheckboxRenderer {

    @Override
    protected void encodeResponsiveLayout(FacesContext context, SelectManyCheckbox checkbox, String layout) throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new AttributeFilteringWriter(original,
                (element, attribute) -> "div".equals(element) && "aria-required".equals(attribute)));
        try {
            super.encodeResponsiveLayout(context, checkbox, layout);
        } finally {
            context.setResponseWriter(original);
        }
    }
}
