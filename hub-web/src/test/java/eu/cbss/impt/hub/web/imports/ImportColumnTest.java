package eu.cbss.impt.hub.web.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

import eu.cbss.impt.hub.web.i18n.UiText;
import eu.cbss.impt.hub.web.vocabulary.CodeList;

class ImportColumnTest {

    /** hub-api's template, in the sibling module: the UI does not depend on its code, only on this contract. */
    private static final Path TEMPLATE =
            Path.of("../hub-domain/src/main/resources/eu/cbss/impt/hub/imports/signals-template.csv");

    @Test
    void theHelpListsTheColumnsOfTheTemplateInItsOrder() throws IOException {
        String header = Files.readString(TEMPLATE, StandardCharsets.UTF_8).strip();
        List<String> templateColumns = Arrays.asList(header.split(","));
        assertEquals(templateColumns, ImportColumn.ALL.stream().map(ImportColumn::name).toList());
    }

    @Test
    void everyColumnIsExplainedInBothLanguages() {
        for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("et"))) {
            ResourceBundle bundle = ResourceBundle.getBundle(UiText.BUNDLE, language);
            for (ImportColumn column : ImportColumn.ALL) {
                assertTrue(bundle.containsKey(column.helpKey()), column.helpKey() + " in " + language);
                assertTrue(bundle.containsKey("import.level." + column.level().name()), column.level() + " in " + language);
            }
        }
    }

    @Test
    void codedColumnsNameCodeListsOfTheVocabulary() {
        ImportColumn.ALL.stream().filter(ImportColumn::isCoded).forEach(column -> CodeList.byPrefix(column.codeList()));
        assertEquals("concern", ImportColumn.ALL.get(4).codeList());
    }
}
