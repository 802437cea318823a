package eu.cbss.impt.hub.web.a11y;

import java.io.IOException;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import org.primefaces.component.selectoneradio.SelectOneRadio;
import org.primefaces.component.selectoneradio.SelectOneRadioRenderer;

/**
 * p:selectOneRadio without the {@code aria-checked} PrimeFaces 15 writes on the plain layout
 * {@code div} around every option (axe-core: aria-allowed-attr, critical; WCAG 4.1.2). The state
 * is the native radio input's. Fixed upstream for PrimeFaces 16 (primefaces/primefaces#14389);
 * remove this renderer and its faces-config entry after that upgrade.
 */
public class AccessibleSelectOneRadioRenderer extends SelectOneRadioRenderer {

    @Override
    protected void encodeResponsiveLayout(FacesContext context, SelectOneRadio radio, String layout) throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new AttributeFilteringWriter(original,
                (element, attribute) -> "div".equals(element) && "aria-checked".equals(attribute)));
        try {
            super.encodeResponsiveLayout(context, radio, layout);
        } finally {
            context.setResponseWriter(original);
        }
    }
}
