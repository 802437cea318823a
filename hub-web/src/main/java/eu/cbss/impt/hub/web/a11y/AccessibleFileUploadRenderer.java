package eu.cbss.impt.hub.web.a11y;

import java.io.IOException;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

/**
 * p:fileUpload in simple mode without {@code aria-hidden="true"} on its native
 * {@code <input type="file">}. PrimeFaces 15 writes it there although, unskinned, that input is
 * the visible, focusable control: it would hide the field and its label from assistive technology
 * (axe-core: aria-hidden-focus, serious; WCAG 4.1.2). The skinned and advanced modes are left as they are.
 */
public class AccessibleFileUploadRenderer extends FileUploadRenderer {

    @Override
    protected void encodeSimpleInputField(FacesContext context, FileUpload fileUpload, String clientId, String style,
            String styleClass) throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new AttributeFilteringWriter(original,
                (element, attribute) -> "input".equals(element) && "aria-hidden".equals(attribute)));
        try {
            super.encodeSimpleInputField(context, fileUpload, clientId, style, styleClass);
        } finally {
            context.setResponseWriter(original);
        }
    }
}
