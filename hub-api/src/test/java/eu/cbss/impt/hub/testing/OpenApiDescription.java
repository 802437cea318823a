package eu.cbss.impt.hub.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The OpenAPI description in the form committed as {@code docs/openapi.yaml}: the document the API
 * serves with every object's keys sorted and the {@code required} lists sorted (they are sets), as
 * YAML. Whatever order Payara builds the document in, the same API gives the same text.
 */
public final class OpenApiDescription {

    /** The first lines of the committed file. */
    public static final String HEADER = """
            # The OpenAPI description of the IMPT Hub API, as the running hub serves it at /openapi
            # (keys sorted). Generated: do not edit by hand. Change the annotations of hub-api and
            # regenerate it as docs/api-guide.md says ("The OpenAPI description").
            """;

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());

    private OpenApiDescription() {
    }

    /** The committed form of a description served as JSON. */
    public static String normalise(String servedJson) {
        try {
            return HEADER + YAML.writeValueAsString(sorted(ApiClient.JSON.readTree(servedJson), null));
        } catch (JsonProcessingException e) {
            throw new AssertionError("/openapi did not answer JSON: " + servedJson, e);
        }
    }

    private static JsonNode sorted(JsonNode node, String key) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(Comparator.naturalOrder());
            for (String name : names) {
                out.set(name, sorted(node.get(name), name));
            }
            return out;
        }
        if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            node.forEach(item -> items.add(sorted(item, null)));
            if ("required".equals(key) && items.stream().allMatch(JsonNode::isTextual)) {
                items.sort(Comparator.comparing(JsonNode::asText));
            }
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            items.forEach(out::add);
            return out;
        }
        return node;
    }
}
