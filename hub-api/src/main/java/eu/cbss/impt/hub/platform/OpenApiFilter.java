package eu.cbss.impt.hub.platform;

import java.lang.reflect.Method;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Tidies the OpenAPI document Payara builds from the annotations ({@code mp.openapi.filter}), so that
 * OpenAPI tools accept it:
 * <ul>
 * <li>Payara writes every attribute of a {@code @Schema} or {@code @Parameter} annotation as if it were
 * set ({@code exclusiveMaximum: false}, {@code minLength: 0}, {@code nullable: false}, ...): those equal
 * to OpenAPI's own defaults are dropped, and so is {@code maxProperties: 0}, which would forbid every
 * property of an object; {@code @SchemaProperty} writes its "no limit" defaults as the extreme integers.</li>
 * <li>A schema of codes (string constants) is a string: Payara leaves the type of a Java enum out, and
 * types a property of an enum class {@code object} even where its {@code @Schema} says string.</li>
 * <li>Payara adds {@code endpoints} (its own list of paths by context root), which OpenAPI does not have.</li>
 * <li>Payara names the response it derives from a method's return type {@code default}; when an operation
 * describes no response of its own, that is its 200.</li>
 * <li>Every operation may answer 401 ({@code AuthenticationRequired}) and 403 (roles, and members of an
 * organisation that is not active): where an operation does not describe them itself, they refer to the
 * responses {@value #UNAUTHENTICATED} and {@value #FORBIDDEN} of {@link HubApplication}.</li>
 * </ul>
 */
public class OpenApiFilter implements OASFilter {

    public static final String UNAUTHENTICATED = "Unauthenticated";
    public static final String FORBIDDEN = "Forbidden";

    @Override
    public Schema filterSchema(Schema schema) {
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) schema.setExclusiveMaximum(null);
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) schema.setExclusiveMinimum(null);
        if (Boolean.FALSE.equals(schema.getUniqueItems())) schema.setUniqueItems(null);
        if (Boolean.FALSE.equals(schema.getNullable())) schema.setNullable(null);
        if (Boolean.FALSE.equals(schema.getReadOnly())) schema.setReadOnly(null);
        if (Boolean.FALSE.equals(schema.getWriteOnly())) schema.setWriteOnly(null);
        if (Boolean.FALSE.equals(schema.getDeprecated())) schema.setDeprecated(null);
        if (Integer.valueOf(0).equals(schema.getMinLength())) schema.setMinLength(null);
        if (Integer.valueOf(0).equals(schema.getMinProperties())) schema.setMinProperties(null);
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) schema.setMaxProperties(null);
        // @SchemaProperty's defaults: "no limit" written as the extreme integers, and multipleOf 0.
        if (Integer.valueOf(Integer.MAX_VALUE).equals(schema.getMaxLength())) schema.setMaxLength(null);
        if (Integer.valueOf(Integer.MIN_VALUE).equals(schema.getMaxItems())) schema.setMaxItems(null);
        if (Integer.valueOf(Integer.MAX_VALUE).equals(schema.getMinItems())) schema.setMinItems(null);
        if (schema.getMultipleOf() != null && schema.getMultipleOf().signum() == 0) schema.setMultipleOf(null);
        // Codes: Payara gives a Java enum's constants but no type, and types a property by its Java
        // class even where its @Schema says it is a string with some of the constants.
        if ((schema.getType() == null || schema.getType() == Schema.SchemaType.OBJECT) && schema.getRef() == null
                && schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()
                && schema.getEnumeration().stream().allMatch(String.class::isInstance)) {
            schema.setType(Schema.SchemaType.STRING);
        }
        return schema;
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (Boolean.FALSE.equals(parameter.getDeprecated())) parameter.setDeprecated(null);
        if (Boolean.FALSE.equals(parameter.getAllowEmptyValue())) parameter.setAllowEmptyValue(null);
        if (Boolean.FALSE.equals(parameter.getAllowReserved())) parameter.setAllowReserved(null);
        if (Boolean.FALSE.equals(parameter.getRequired())) parameter.setRequired(null);
        return parameter;
    }

    @Override
    public Operation filterOperation(Operation operation) {
        if (Boolean.FALSE.equals(operation.getDeprecated())) operation.setDeprecated(null);
        APIResponses responses = operation.getResponses();
        APIResponse derived = responses.getAPIResponse(APIResponses.DEFAULT);
        if (derived != null && responses.getAPIResponses().keySet().stream().noneMatch(code -> code.startsWith("2"))) {
            responses.removeAPIResponse(APIResponses.DEFAULT);
            responses.addAPIResponse("200", derived.description("OK"));
        }
        if (responses.getAPIResponse("401") == null) {
            responses.addAPIResponse("401", OASFactory.createAPIResponse().ref(UNAUTHENTICATED));
        }
        if (responses.getAPIResponse("403") == null) {
            responses.addAPIResponse("403", OASFactory.createAPIResponse().ref(FORBIDDEN));
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        // Payara's own model class has the endpoints; the interface does not, hence reflection.
        for (Method m : openAPI.getClass().getMethods()) {
            if (m.getName().equals("setEndpoints") && m.getParameterCount() == 1) {
                try {
                    m.invoke(openAPI, new TreeMap<>());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Could not leave Payara's endpoints out of the OpenAPI document", e);
                }
            }
        }
    }
}
