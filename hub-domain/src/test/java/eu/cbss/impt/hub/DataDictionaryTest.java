package eu.cbss.impt.hub;

import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cbss.impt.hub.audit.AuditAction;
import eu.cbss.impt.hub.cluster.ClusterAct;
import eu.cbss.impt.hub.cluster.ClusterKind;
import eu.cbss.impt.hub.cluster.ClusterMember;
import eu.cbss.impt.hub.cluster.ClusterRepair;
import eu.cbss.impt.hub.cluster.NearMiss;
import eu.cbss.impt.hub.cluster.Verification;
import eu.cbss.impt.hub.imports.CsvColumns;
import eu.cbss.impt.hub.imports.ImportFormat;
import eu.cbss.impt.hub.imports.ImportStatus;
import eu.cbss.impt.hub.organisation.OrganisationLevel;
import eu.cbss.impt.hub.organisation.OrganisationType;
import eu.cbss.impt.hub.signal.AgeBand;
import eu.cbss.impt.hub.signal.ChildSituation;
import eu.cbss.impt.hub.signal.Concern;
import eu.cbss.impt.hub.signal.Grade;
import eu.cbss.impt.hub.signal.InformationType;
import eu.cbss.impt.hub.signal.LegalStatus;
import eu.cbss.impt.hub.signal.ReviewDecision;
import eu.cbss.impt.hub.signal.ReviewStatus;
import eu.cbss.impt.hub.signal.Sex;
import eu.cbss.impt.hub.signal.SourceType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/data-dictionary.md documents every code and every CSV column: a new one without a line fails here. */
class DataDictionaryTest {

    private static final List<Class<? extends Enum<?>>> CODE_LISTS = List.of(Grade.class, SourceType.class,
            InformationType.class, ChildSituation.class, Concern.class, Sex.class, AgeBand.class, LegalStatus.class,
            ReviewStatus.class, ReviewDecision.class, AuditAction.class, ImportStatus.class, ImportFormat.class,
            OrganisationType.class, OrganisationLevel.class, ClusterKind.class, Verification.class, ClusterAct.class,
            ClusterMember.Leaving.class, ClusterRepair.Kind.class, NearMiss.Resolution.class);

    @Test
    void everyCodeAndColumnIsDocumented() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "data-dictionary.md"));
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> list : CODE_LISTS) {
            for (Enum<?> code : list.getEnumConstants()) {
                if (!doc.contains("`" + code.name() + "`")) missing.add(list.getSimpleName() + "." + code.name());
            }
        }
        for (CsvColumns column : CsvColumns.values()) {
            if (!doc.contains("| `" + column.header() + "` |")) missing.add("CSV column " + column.header());
        }
        assertTrue(missing.isEmpty(), "Not in docs/data-dictionary.md: " + missing);
    }
}
