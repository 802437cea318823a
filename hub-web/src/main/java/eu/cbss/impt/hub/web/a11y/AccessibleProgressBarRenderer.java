package eu.cbss.impt.hub.web.a11y;

import java.io.IOException;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import org.primefaces.component.progressbar.ProgressBar;
import org.primefaces.component.progressbar.ProgressBarRenderer;

/**
 * p:progressBar that says what it shows. PrimeFaces 15 draws a display-only bar as plain
 * {@code div}s (its script adds a role and values later, never a name), so a screen reader meets
 * nothing. Here the outer {@code div} gets {@code role="progressbar"}, {@code aria-valuemin},
 * {@code aria-valuemax}, {@code aria-valuenow} (the bar's percent) and, from the component's
 * attributes set with {@code f:attribute}, {@link #LABELLED_BY} (the id of its visible label:
 * axe-core aria-progressbar-name, serious) and {@link #VALUE_TEXT} (the value in words, such as
 * "1,250 of 8,000 rows").
 */
public class AccessibleProgressBarRenderer extends ProgressBarRenderer {

    public static final String LABELLED_BY = "ariaLabelledBy";
    public static final String VALUE_TEXT = "ariaValueText";

    @Override
    protected void encodeMarkup(FacesContext context, ProgressBar bar) throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new FirstElementWriter(original, writer -> writeAria(writer, bar)));
        try {
            super.encodeMarkup(context, bar);
        } finally {
            context.setResponseWriter(original);
        }
    }

    private static void writeAria(ResponseWriter writer, ProgressBar bar) throws IOException {
        writer.writeAttribute("role", "progressbar", null);
        if (!"indeterminate".equals(bar.getMode())) {
            writer.writeAttribute("aria-valuemin", "0", null);
            writer.writeAttribute("aria-valuemax", "100", null);
            writer.writeAttribute("aria-valuenow", Integer.toString(Math.max(0, Math.min(100, bar.getValue()))), null);
        }
        Object valueText = bar.getAttributes().get(VALUE_TEXT);
        if (valueText != null && !valueText.toString().isBlank()) {
            writer.writeAttribute("aria-valuetext", valueText.toString(), null);
        }
        Object labelledBy = bar.getAttributes().get(LABELLED_BY);
        if (labelledBy != null && !labelledBy.toString().isBlank()) {
            writer.writeAttribute("aria-labelledby", labelledBy.toString(), null);
        }
    }
}
