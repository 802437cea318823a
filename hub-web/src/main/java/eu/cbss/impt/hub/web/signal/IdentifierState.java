package eu.cbss.impt.hub.web.signal;

import java.util.Set;

import jakarta.el.ValueExpression;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;

/**
 * Keeps typed identifiers out of the saved view state. When Faces validation fails, the inputs of
 * the child rows keep what was typed as component state, and {@code ui:repeat} saves that state
 * with the view (in the HTTP session) until the next request. Before the page is drawn, this moves
 * each typed identifier to the request-scoped {@link ChildIdentifiers} (from where it is shown
 * again) and clears the component, so nothing identifying outlives the request.
 */
final class IdentifierState {

    static final Set<String> IDENTIFIER_INPUTS = Set.of("givenName", "familyName", "dateOfBirth");

    private IdentifierState() {
    }

    static void forget(FacesContext faces, String repeatClientId) {
        UIComponent repeat = faces.getViewRoot().findComponent(repeatClientId);
        if (repeat == null) {
            return;
        }
        repeat.visitTree(VisitContext.createVisitContext(faces), (context, target) -> {
            if (target instanceof UIInput input && IDENTIFIER_INPUTS.contains(input.getId())) {
                ValueExpression value = input.getValueExpression("value");
                if (input.isLocalValueSet() && value != null) {
                    value.setValue(faces.getELContext(), input.getLocalValue());
                }
                input.resetValue();
            }
            return VisitResult.ACCEPT;
        });
    }
}
